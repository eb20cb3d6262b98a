package dev.devices.domain.error;

/** Input that breaks a rule. The message names the field and the rule. */
public final class InvalidInput extends DomainException {

    private final String field;

    private InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    /** A rule broken by one named field; the message should say which field and which rule. */
    public static InvalidInput of(String field, String message) {
        return new InvalidInput(field, message);
    }

    public String field() {
        return field;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
