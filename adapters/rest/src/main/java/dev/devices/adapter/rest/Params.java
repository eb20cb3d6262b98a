package dev.devices.adapter.rest;

import dev.devices.application.paging.PageRequest;
import dev.devices.domain.error.InvalidInput;

/** Query parameters arrive as text and are parsed here, so that a bad one is a 400 naming it. */
final class Params {

    private Params() {
    }

    static int deviceId(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of("deviceId", "Bad request - invalid device ID: 'deviceId' is required.");
        }
        Integer id = parseInt(raw);
        if (id == null || id < 1) {
            throw InvalidInput.of("deviceId", "Bad request - invalid device ID: 'deviceId' must be a positive integer.");
        }
        return id;
    }

    /** An optional positive integer id; null when absent. */
    static Integer optionalId(String name, String raw) {
        if (raw == null) {
            return null;
        }
        Integer id = parseInt(raw);
        if (id == null || id < 1) {
            throw InvalidInput.of(name, "'" + name + "' must be a positive integer.");
        }
        return id;
    }

    /** A required positive 64-bit id, such as a user id. */
    static long longId(String name, String raw) {
        try {
            long id = Long.parseLong(required(name, raw).strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, naming the parameter
        }
        throw InvalidInput.of(name, "'" + name + "' must be a positive integer.");
    }

    /** A required parameter, present and not blank. */
    static String required(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(name, "'" + name + "' is required.");
        }
        return raw;
    }

    /** A comma-separated list; empty when absent. */
    static java.util.List<String> list(String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean flag(String name, String raw, boolean defaultValue) {
        if (raw == null) {
            return defaultValue;
        }
        if ("true".equalsIgnoreCase(raw)) {
            return true;
        }
        if ("false".equalsIgnoreCase(raw)) {
            return false;
        }
        throw InvalidInput.of(name, "'" + name + "' must be true or false.");
    }

    static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page), integer("size", size));
    }

    static Integer integer(String name, String raw) {
        if (raw == null) {
            return null;
        }
        Integer value = parseInt(raw);
        if (value == null) {
            throw InvalidInput.of(name, "'" + name + "' must be an integer.");
        }
        return value;
    }

    private static Integer parseInt(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
