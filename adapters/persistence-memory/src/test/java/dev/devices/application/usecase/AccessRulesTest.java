package dev.devices.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.port.in.IssueTokenUseCase.ClientCredentials;
import dev.devices.application.port.in.TokenGrantRejected;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import org.junit.jupiter.api.Test;

/** First start, tokens and reach, on the in-memory adapter. */
class AccessRulesTest {

    private final UseCaseFixture f = new UseCaseFixture();

    @Test
    void theFirstStartHappensOnce() {
        assertThat(f.firstStart.initializeIfEmpty(null, null)).isEmpty();
    }

    @Test
    void clientCredentialsNeedTheRightSecretAndARefreshTokenWorksOnce() {
        assertThatThrownBy(() -> f.tokens.clientCredentials(new ClientCredentials("root-client", "wrong")))
                .isInstanceOf(TokenGrantRejected.class).extracting(e -> ((TokenGrantRejected) e).error()).isEqualTo("invalid_client");
        var pair = f.tokens.clientCredentials(new ClientCredentials("root-client", "root-secret"));
        assertThat(pair.accessToken()).startsWith("token:" + f.root.orgId());
        assertThat(pair.expiresInSeconds()).isEqualTo(3600);
        var credentials = new ClientCredentials("root-client", "root-secret");
        assertThat(f.tokens.refresh(credentials, pair.refreshToken()).accessToken()).isNotBlank();
        assertThatThrownBy(() -> f.tokens.refresh(credentials, pair.refreshToken()))
                .isInstanceOf(TokenGrantRejected.class).extracting(e -> ((TokenGrantRejected) e).error()).isEqualTo("invalid_grant");
    }

    @Test
    void aDeviceIsNotFoundOutsideTheCallersSubtree() {
        Organization a = f.newOrganization(f.root);
        Caller callerA = f.callerOf(a);
        Caller childOfA = f.callerOf(f.newOrganization(callerA));
        Caller sibling = f.callerOf(f.newOrganization(f.root));
        Device device = f.newDevice(callerA, f.newTemplate(callerA), null);
        for (Caller outsider : new Caller[] {childOfA, sibling}) {
            assertThatThrownBy(() -> f.catalog.getDevice(outsider, device.id(), DeviceDetails.Depth.FULL))
                    .isInstanceOf(NotFound.class)
                    .hasMessage("Device with identifier " + device.id() + " is not found or belong to another organization.");
        }
        assertThat(f.catalog.getDevice(f.root, device.id(), DeviceDetails.Depth.FULL).device().id()).isEqualTo(device.id());
    }
}
