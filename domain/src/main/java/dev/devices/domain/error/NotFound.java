package dev.devices.domain.error;

/**
 * Something does not exist or the caller cannot reach it: one answer for both, so that another
 * organization's resources are never revealed. The messages are Blynk's, word for word.
 */
public final class NotFound extends DomainException {

    private NotFound(String message) {
        super(message);
    }

    public static NotFound device(Object deviceId) {
        return new NotFound("Device with identifier " + deviceId + " is not found or belong to another organization.");
    }

    public static NotFound user() {
        return new NotFound("User is not found or you don't have access to him.");
    }

    public static NotFound template() {
        return new NotFound("Template is not found.");
    }

    public static NotFound organization() {
        return new NotFound("Organization is not found or you don't have access to it.");
    }

    public static NotFound destinationOrganization() {
        return new NotFound("Destination organization is not found or you don't have access to it.");
    }

    public static NotFound eventCode() {
        return new NotFound("Event with provided code is not found.");
    }

    public static NotFound metaField() {
        return new NotFound("Meta field is not found.");
    }

    // messages of this service where Blynk fixes none

    public static NotFound dataStream() {
        return new NotFound("Datastream is not found.");
    }

    public static NotFound timelineEntry() {
        return new NotFound("Timeline event is not found.");
    }

    public static NotFound oauthClient() {
        return new NotFound("OAuth client is not found or you don't have access to it.");
    }

    public static NotFound tag() {
        return new NotFound("Tag is not found.");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
