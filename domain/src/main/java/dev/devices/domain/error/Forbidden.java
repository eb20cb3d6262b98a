package dev.devices.domain.error;

/** The caller reaches the resource but may not perform the action on it. */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }

    /** The caller holds no permission for the action. */
    public static Forbidden permission() {
        return new Forbidden("Forbidden");
    }

    /** Blynk's answer to every platform-API call of an OAuth client whose API scope is off. */
    public static Forbidden platformApiScope() {
        return new Forbidden("Platform API scope is not enabled for this oauth client.");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
