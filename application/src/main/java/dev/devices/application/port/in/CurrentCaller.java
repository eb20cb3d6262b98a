package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/**
 * Who invokes the use cases in the current request, as an authentication adapter established it.
 * Driving adapters (REST) ask it; they never read tokens themselves.
 */
public interface CurrentCaller {

    /** The authenticated caller; throws when the request carries no valid identity. */
    Caller get();
}
