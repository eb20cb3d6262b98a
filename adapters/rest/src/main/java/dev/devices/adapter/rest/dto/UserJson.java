package dev.devices.adapter.rest.dto;

import dev.devices.domain.user.User;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user; the password (hash) is never shown. */
@Schema(name = "User")
public record UserJson(long id, String name, String email, String role, int orgId, String status) {

    public static UserJson of(User u) {
        return new UserJson(u.id(), u.name(), u.email().value(), u.role().name(), u.orgId(), u.status().name());
    }
}
