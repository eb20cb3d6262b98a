package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.out.RefreshTokenPort.RefreshGrant;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.organization.Organization;
import org.junit.jupiter.api.Test;

/** OAuth clients by client id, and refresh tokens that can be consumed once before they expire. */
public abstract class OAuthPortsContract extends PortContract {

    @Test
    void aClientIsFoundByItsClientId() {
        Organization org = newOrganization();
        String clientId = "client-" + unique();
        OAuthClient client = tx(() -> adapter().oauthClients().createClient(org.id(), "Integration", clientId, "hash", true));
        assertThat(client.apiScopeEnabled()).isTrue();
        assertThat(tx(() -> adapter().oauthClients().findClient(clientId))).contains(client);
        assertThat(tx(() -> adapter().oauthClients().findClient("no-such-" + unique()))).isEmpty();
    }

    @Test
    void aRefreshTokenIsConsumedOnceAndNotAfterItExpires() {
        Organization org = newOrganization();
        String clientId = "client-" + unique();
        tx(() -> adapter().oauthClients().createClient(org.id(), "Refresher", clientId, "hash", true));
        RefreshGrant live = new RefreshGrant("h-" + unique(), clientId, org.id(), null, 10_000L);
        RefreshGrant expired = new RefreshGrant("h-" + unique(), clientId, org.id(), null, 10_000L);
        txRun(() -> {
            adapter().refreshTokens().saveRefreshToken(live);
            adapter().refreshTokens().saveRefreshToken(expired);
        });
        assertThat(tx(() -> adapter().refreshTokens().consumeRefreshToken(live.tokenHash(), 5_000L))).contains(live);
        assertThat(tx(() -> adapter().refreshTokens().consumeRefreshToken(live.tokenHash(), 5_000L))).isEmpty();
        assertThat(tx(() -> adapter().refreshTokens().consumeRefreshToken(expired.tokenHash(), 10_000L))).isEmpty();
        assertThat(tx(() -> adapter().refreshTokens().consumeRefreshToken("unknown-" + unique(), 1L))).isEmpty();
    }

    @Test
    void theApiScopeCanBeSwitchedAndAClientDeletedWithItsRefreshTokens() {
        Organization org = newOrganization();
        String clientId = "client-" + unique();
        OAuthClient locked = tx(() -> adapter().oauthClients().createClient(org.id(), "Locked", clientId, "hash", false));
        assertThat(locked.apiScopeEnabled()).isFalse();
        assertThat(tx(() -> adapter().oauthClients().setApiScope(clientId, true))).get()
                .extracting(OAuthClient::apiScopeEnabled).isEqualTo(true);
        assertThat(tx(() -> adapter().oauthClients().findClient(clientId))).get()
                .extracting(OAuthClient::apiScopeEnabled).isEqualTo(true);
        assertThat(tx(() -> adapter().oauthClients().setApiScope("no-such-" + unique(), true))).isEmpty();

        RefreshGrant grant = new RefreshGrant("h-" + unique(), clientId, org.id(), null, 10_000L);
        txRun(() -> adapter().refreshTokens().saveRefreshToken(grant));
        assertThat(tx(() -> adapter().oauthClients().deleteClient(clientId))).isTrue();
        assertThat(tx(() -> adapter().oauthClients().deleteClient(clientId))).isFalse();
        assertThat(tx(() -> adapter().oauthClients().findClient(clientId))).isEmpty();
        assertThat(tx(() -> adapter().refreshTokens().consumeRefreshToken(grant.tokenHash(), 5_000L))).isEmpty();
    }
}
