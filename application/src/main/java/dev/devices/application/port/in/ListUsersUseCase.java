package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.user.User;

/** Users of an organization the caller reaches ({@code orgId} null: the caller's own). */
public interface ListUsersUseCase {

    Page<User> listUsers(Caller caller, Integer orgId, PageRequest page);
}
