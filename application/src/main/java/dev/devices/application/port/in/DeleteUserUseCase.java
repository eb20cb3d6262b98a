package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/**
 * Deletes a user of an organization the caller reaches. Devices it owned stay in their organization
 * without an owner; its tokens stop working at once.
 */
public interface DeleteUserUseCase {

    void deleteUser(Caller caller, long userId);
}
