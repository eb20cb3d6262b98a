package dev.devices.application.port.out;

/**
 * Told when something a token names stopped being usable as it was (an OAuth client deleted or its
 * platform-API scope switched, a user deleted), after the change committed: whoever remembers
 * caller checks makes them again, so the change applies at once on this instance. Other instances
 * learn it when their remembered checks expire.
 */
public interface CallerChangesPort {

    void callersChanged();
}
