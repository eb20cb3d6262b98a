package dev.devices.domain.access;

/**
 * A machine client of the platform API. Its secret is kept only as a slow salted hash; tokens it
 * obtains are scoped to its organization. {@code apiScopeEnabled} false locks it out of {@code /api}.
 */
public record OAuthClient(int id, int orgId, String name, String clientId, String secretHash, boolean apiScopeEnabled) {

    @Override
    public String toString() {
        return "OAuthClient[id=" + id + ", orgId=" + orgId + ", clientId=" + clientId + "]";
    }
}
