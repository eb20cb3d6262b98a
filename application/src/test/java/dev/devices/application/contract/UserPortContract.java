package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.RefreshTokenPort.RefreshGrant;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users: emails unique ignoring case, lists by organization in id order. */
public abstract class UserPortContract extends PortContract {

    @Test
    void aUserIsFoundByIdAndByEmailIgnoringCase() {
        Organization org = newOrganization();
        String email = "Case." + unique() + "@Example.com";
        User created = newUser(org, email);
        assertThat(tx(() -> ports().users().loadUser(created.id()))).contains(created);
        assertThat(tx(() -> ports().users().findUserByEmail(Email.of("email", email.toLowerCase())))).contains(created);
        assertThat(tx(() -> ports().users().loadUser(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void aTakenEmailIsAConflictAndNothingIsWritten() {
        Organization org = newOrganization();
        String email = "dup-" + unique() + "@example.com";
        newUser(org, email);
        assertThatThrownBy(() -> newUser(org, email.toUpperCase())).isInstanceOf(Conflict.class);
        assertThat(tx(() -> ports().users().listUsers(org.id(), PageRequest.of(0, 10))).totalElements()).isEqualTo(1);
    }

    @Test
    void listsAreByOrganizationInIdOrderWithPaging() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        User a = newUser(org);
        User b = newUser(org);
        User c = newUser(org);
        newUser(other);
        var page = tx(() -> ports().users().listUsers(org.id(), PageRequest.of(1, 2)));
        assertThat(page.totalElements()).isEqualTo(3);
        assertThat(page.content()).containsExactly(c);
        assertThat(tx(() -> ports().users().listUsers(org.id(), PageRequest.of(0, 2))).content()).containsExactly(a, b);
        assertThat(tx(() -> ports().users().loadUsers(List.of(c.id(), a.id(), Long.MAX_VALUE))))
                .containsExactlyInAnyOrder(a, c);
    }

    @Test
    void aDeletedUserIsGoneItsDevicesStayWithoutOwnerAndItsRefreshTokensAreVoid() {
        Organization org = newOrganization();
        User user = newUser(org);
        Device owned = newDevice(org, newTemplate(org, "T"), "Owned", user.id());
        String clientId = "client-" + unique();
        tx(() -> adapter().oauthClients().createClient(org.id(), "c", clientId, "hash", true));
        RefreshGrant grant = new RefreshGrant("h-" + unique(), clientId, org.id(), user.id(), Long.MAX_VALUE);
        txRun(() -> adapter().refreshTokens().saveRefreshToken(grant));

        assertThat(tx(() -> ports().users().deleteUser(user.id()))).isTrue();

        assertThat(tx(() -> ports().users().loadUser(user.id()))).isEmpty();
        Device after = tx(() -> ports().loadDevice().loadDevice(Reach.of(org), owned.id())).orElseThrow();
        assertThat(after.ownerUserId()).isNull();
        assertThat(after.version()).isGreaterThan(owned.version());
        assertThat(after.configVersion()).as("losing the owner is a configuration change").isGreaterThan(owned.configVersion());
        assertThat(tx(() -> adapter().refreshTokens().consumeRefreshToken(grant.tokenHash(), 1L))).isEmpty();
        assertThat(tx(() -> ports().users().deleteUser(user.id()))).isFalse();
    }
}
