package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.template.Template;

/** Templates of an organization the caller reaches ({@code orgId} null: the caller's own). */
public interface ListTemplatesUseCase {

    Page<Template> listTemplates(Caller caller, Integer orgId, PageRequest page);
}
