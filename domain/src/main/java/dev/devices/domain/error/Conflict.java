package dev.devices.domain.error;

/** The request is valid but clashes with the current state (a taken email, a concurrent change). */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
