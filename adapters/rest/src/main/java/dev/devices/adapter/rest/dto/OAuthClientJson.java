package dev.devices.adapter.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new OAuth client; {@code secret} is shown in this answer only. */
@Schema(name = "CreatedOAuthClient")
public record OAuthClientJson(int orgId, String name, String clientId, String secret) {

    @Override
    public String toString() {
        return "OAuthClientJson[" + clientId + "]";
    }
}
