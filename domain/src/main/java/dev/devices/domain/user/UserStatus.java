package dev.devices.domain.user;

import dev.devices.domain.error.InvalidInput;

/** Only Active users can sign in or receive devices. */
public enum UserStatus {
    Active, Pending, Inactive;

    public static UserStatus parse(String field, String value) {
        for (UserStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw InvalidInput.of(field, field + " must be one of Active, Pending, Inactive.");
    }
}
