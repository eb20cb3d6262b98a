package dev.devices.adapter.rest.dto;

import dev.devices.domain.access.OAuthClient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth client; {@code secret} appears only in the answer to its creation. */
@Schema(name = "OAuthClient")
public record OAuthClientJson(int orgId, String name, String clientId, boolean platformApiScope,
                              @Schema(description = "only in the answer to the creation") String secret) {

    public static OAuthClientJson of(OAuthClient client, String secret) {
        return new OAuthClientJson(client.orgId(), client.name(), client.clientId(), client.apiScopeEnabled(), secret);
    }

    @Override
    public String toString() {
        return "OAuthClientJson[" + clientId + "]";
    }
}
