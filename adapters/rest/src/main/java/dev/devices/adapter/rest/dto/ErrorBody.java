package dev.devices.adapter.rest.dto;

/** Every 4xx/5xx of {@code /api}: {@code {"error": {"message": "..."}}}. */
public record ErrorBody(Message error) {

    public static ErrorBody of(String message) {
        return new ErrorBody(new Message(message));
    }

    public record Message(String message) {
    }
}
