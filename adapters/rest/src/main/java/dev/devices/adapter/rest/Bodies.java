package dev.devices.adapter.rest;

import dev.devices.domain.error.InvalidInput;

/** Checks on request bodies that Jackson leaves to us: presence of the body and of required fields. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "A JSON request body is required.");
        }
        return body;
    }

    /** A {@code deviceId} in a body: required, a positive integer. */
    static int deviceId(Integer deviceId) {
        if (deviceId == null) {
            throw InvalidInput.of("deviceId", "Bad request - invalid device ID: 'deviceId' is required.");
        }
        if (deviceId < 1) {
            throw InvalidInput.of("deviceId", "Bad request - invalid device ID: 'deviceId' must be a positive integer.");
        }
        return deviceId;
    }

    static <T> T field(String name, T value) {
        if (value == null) {
            throw InvalidInput.of(name, "Field '" + name + "' is required.");
        }
        return value;
    }
}
