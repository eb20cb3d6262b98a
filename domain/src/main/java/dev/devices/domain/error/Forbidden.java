package dev.devices.domain.error;

/** The caller reaches the resource but may not perform the action on it. */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }
}
