package dev.devices.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.device.Connectivity;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.error.Forbidden;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.user.Permission;
import dev.devices.domain.user.Role;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The permission rules of contract §4 as a table: caller × action on a device owned by user 7. */
class PermissionPolicyTest {

    private static final long OWNER = 7;
    private static final Device DEVICE = new Device(100, 1, 1, 1, DeviceName.of("Pump"),
            DeviceToken.of("a".repeat(DeviceToken.LENGTH)), OWNER, null, null, Connectivity.NEVER_CONNECTED, 0, 0, 1);

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            // caller            action  outcome
            "organization,       VIEW,   allow",
            "organization,       EDIT,   allow",
            "organization,       DELETE, allow",
            "Admin,              VIEW,   allow",
            "Admin,              DELETE, allow",
            "Staff,              VIEW,   allow",
            "Staff,              EDIT,   allow",
            "Staff,              DELETE, allow",
            "User owning it,     VIEW,   allow",
            "User owning it,     EDIT,   allow",
            "User owning it,     DELETE, allow",
            "User not owning it, VIEW,   404",
            "User not owning it, EDIT,   404",
            "User not owning it, DELETE, 404",
            "viewer of all,      VIEW,   allow",
            "viewer of all,      EDIT,   403",
            "viewer of all,      DELETE, 403",
            "owner viewer only,  EDIT,   403",
            "nobody,             VIEW,   404",
    })
    void actionsOnADevice(String who, DeviceAction action, String outcome) {
        assertOutcome(() -> PermissionPolicy.canAct(caller(who), action, DEVICE), outcome);
    }

    @ParameterizedTest(name = "{0} creates a device owned by {1} → {2}")
    @CsvSource({
            "organization,       nobody,  allow",
            "organization,       user 9,  allow",
            "Admin,              user 9,  allow",
            "Staff,              nobody,  allow",
            "Staff,              user 9,  allow",
            "User owning it,     itself,  allow",
            "User owning it,     nobody,  403",
            "User owning it,     user 9,  403",
            "viewer of all,      nobody,  403",
    })
    void creatingDevices(String who, String owner, String outcome) {
        Caller caller = caller(who);
        Long ownerId = switch (owner) {
            case "nobody" -> null;
            case "itself" -> caller.userId();
            default -> 9L;
        };
        assertOutcome(() -> PermissionPolicy.canCreate(caller, ownerId), outcome);
    }

    @Test
    void aUserWhoMayCreateOnlyItsOwnDevicesOwnsWhatItCreates() {
        assertThat(PermissionPolicy.defaultOwner(caller("User owning it"))).isEqualTo(OWNER);
        assertThat(PermissionPolicy.defaultOwner(caller("Staff"))).isNull();
        assertThat(PermissionPolicy.defaultOwner(caller("organization"))).isNull();
    }

    @Test
    void listsShowEverythingOnlyOwnDevicesOrAreForbidden() {
        assertThat(PermissionPolicy.visibility(caller("Staff"))).isEqualTo(DeviceVisibility.all());
        assertThat(PermissionPolicy.visibility(caller("User owning it"))).isEqualTo(DeviceVisibility.ownedBy(OWNER));
        assertThat(PermissionPolicy.visibility(caller("User owning it")).shows(8L)).isFalse();
        assertThatThrownBy(() -> PermissionPolicy.visibility(caller("nobody"))).isInstanceOf(Forbidden.class);
    }

    @Test
    void namingAnotherUserNeedsToSeeUsers() {
        assertThat(PermissionPolicy.canName(caller("Staff"), 9L).allowed()).isTrue();
        assertThat(PermissionPolicy.canName(caller("User owning it"), OWNER).allowed()).isTrue();
        assertThat(PermissionPolicy.canName(caller("User owning it"), 9L).allowed()).isFalse();
    }

    @Test
    void managementCallsNeedTheirPermission() {
        assertThat(PermissionPolicy.requires(caller("Admin"), Permission.OAUTH_CLIENTS_MANAGE).allowed()).isTrue();
        assertThat(PermissionPolicy.requires(caller("Staff"), Permission.OAUTH_CLIENTS_MANAGE).allowed()).isFalse();
        assertThat(PermissionPolicy.requires(caller("organization"), Permission.ORG_MANAGE_USERS).allowed()).isTrue();
    }

    private static Caller caller(String who) {
        return switch (who) {
            case "organization" -> Caller.organization(1, "client");
            case "Admin" -> Caller.user(1, "client", 2, Role.Admin.permissions());
            case "Staff" -> Caller.user(1, "client", 3, Role.Staff.permissions());
            case "User owning it" -> Caller.user(1, "client", OWNER, Role.User.permissions());
            case "User not owning it" -> Caller.user(1, "client", 8, Role.User.permissions());
            case "viewer of all" -> Caller.user(1, "client", 8, Set.of(Permission.ORG_DEVICES_VIEW));
            case "owner viewer only" -> Caller.user(1, "client", OWNER, Set.of(Permission.OWN_DEVICES_VIEW));
            case "nobody" -> Caller.user(1, "client", 8, Set.of());
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static void assertOutcome(Supplier<Decision> decision, String outcome) {
        Decision result = decision.get();
        switch (outcome) {
            case "allow" -> assertThat(result.allowed()).isTrue();
            case "404" -> assertThatThrownBy(result::orThrow).isInstanceOf(NotFound.class)
                    .hasMessage("Device with identifier 100 is not found or belong to another organization.");
            case "403" -> assertThatThrownBy(result::orThrow).isInstanceOf(Forbidden.class);
            default -> throw new IllegalArgumentException(outcome);
        }
        if (!"allow".equals(outcome)) {
            assertThat(result.allowed()).isFalse();
        }
    }
}
