package dev.devices.domain.error;

/**
 * The small family of failures the domain and the use cases report. Adapters map each kind to one
 * answer (the REST adapter: 404, 400, 409, 403); the message is safe to show to the caller.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, InvalidInput, Conflict, Forbidden {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** Which kind of failure this is: what the transports switch on. */
    public abstract ErrorKind kind();
}
