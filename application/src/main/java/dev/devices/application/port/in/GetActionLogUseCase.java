package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.log.ActionLogEntry;

/** D12: a device's actions log, newest first. */
public interface GetActionLogUseCase {

    Page<ActionLogEntry> actionLog(Caller caller, int deviceId, PageRequest page);
}
