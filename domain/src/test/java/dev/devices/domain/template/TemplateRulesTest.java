package dev.devices.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.device.OwnershipPolicy;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.User;
import dev.devices.domain.user.UserStatus;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    private final Organization root = new Organization(1, "root", null, null, "UTC", 0, OrgPath.root(1));
    private final Organization child = new Organization(2, "child", null, 1, "UTC", 0, root.path().child(2));
    private final Organization sibling = new Organization(3, "sibling", null, 1, "UTC", 0, root.path().child(3));

    @Test
    void aTemplateServesItsOrganizationAndDescendantsOnly() {
        assertThat(TemplateUsePolicy.canUse(root, child).allowed()).isTrue();
        assertThat(TemplateUsePolicy.canUse(child, child).allowed()).isTrue();
        assertThat(TemplateUsePolicy.canUse(child, root).allowed()).isFalse();
        assertThatThrownBy(() -> TemplateUsePolicy.canUse(sibling, child).orThrow())
                .isInstanceOf(NotFound.class).hasMessage("Template is not found.");
    }

    @Test
    void anOwnerMustBelongToTheDevicesOrganization() {
        User user = new User(9, 2, Email.of("email", "a@b.io"), "A", Role.User, UserStatus.Active, null);
        assertThat(OwnershipPolicy.canOwn(user, 2).allowed()).isTrue();
        assertThatThrownBy(() -> OwnershipPolicy.canOwn(user, 1).orThrow())
                .isInstanceOf(NotFound.class).hasMessage("User is not found or you don't have access to him.");
    }

    @Test
    void generatedStringIdsAreTmplAndNineAlphanumerics() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(TemplateStringId.generate(random).value()).matches("TMPL[A-Za-z0-9]{9}");
        }
        assertThat(TemplateStringId.looksLikeOne("TMPL84aMXD6vd")).isTrue();
        assertThat(TemplateStringId.looksLikeOne("TMPL84aMXD6v")).isFalse();
    }

    @Test
    void declarationsAreChecked() {
        assertThatThrownBy(() -> TemplateEvent.check("E", "has space")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("events.eventCode");
        assertThatThrownBy(() -> MetaFieldDefinition.check("M", MetaFieldType.List, null, null, List.of()))
                .hasMessageContaining("metaFields.options");
        assertThatThrownBy(() -> MetaFieldDefinition.check("M", MetaFieldType.Number, 3.0, 1.0, null))
                .hasMessageContaining("metaFields.min");
        assertThat(DataStreamDefinition.isPin("v0")).isTrue();
        assertThat(DataStreamDefinition.isPin("v255")).isTrue();
        assertThat(DataStreamDefinition.isPin("v256")).isFalse();
        assertThat(DataStreamDefinition.isPin("d1")).isFalse();
    }

    @Test
    void enumsParseTheirWireNamesOnly() {
        assertThat(EventType.parse("eventType", "LIFECYCLE")).isEqualTo(EventType.LIFECYCLE);
        assertThatThrownBy(() -> EventType.parse("eventType", "lifecycle")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("eventType must be one of ONLINE, OFFLINE");
        assertThat(MetaFieldType.parse("type", "DeviceOwner")).isEqualTo(MetaFieldType.DeviceOwner);
        assertThatThrownBy(() -> Role.parse("role", "root")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void storedDatastreamValuesReadAsTheirTypeAndKeepTheirForms() {
        assertThat(DataStreamType.Integer.decode("42")).isEqualTo(new DataStreamValue.Whole(42));
        assertThat(DataStreamType.Double.decode("21.5")).isEqualTo(new DataStreamValue.Decimal(21.5));
        assertThat(DataStreamType.Double.decode("21")).isEqualTo(new DataStreamValue.Decimal(21)); // as stored before
        assertThat(DataStreamType.String.decode("on")).isEqualTo(new DataStreamValue.Text("on"));
        assertThat(DataStreamType.Location.decode("30.5,50.4")).isEqualTo(new DataStreamValue.Location(30.5, 50.4));
        assertThat(DataStreamType.Location.decode("30.5,50.4").json()).isEqualTo(List.of(30.5, 50.4));
        assertThat(new DataStreamValue.Whole(42).json()).isEqualTo(42L);
        Map<DataStreamType, DataStreamValue> roundTrips = Map.of(DataStreamType.Integer, new DataStreamValue.Whole(-7),
                DataStreamType.Double, new DataStreamValue.Decimal(0.1), DataStreamType.String, new DataStreamValue.Text("a,b"),
                DataStreamType.Location, new DataStreamValue.Location(-180, 90));
        roundTrips.forEach((type, value) -> assertThat(type.decode(value.stored())).as(value.stored()).isEqualTo(value));
    }

    @Test
    void acceptedValuesAreTypedAndChecked() {
        DataStreamDefinition whole = new DataStreamDefinition(1, "W", null, "v1", DataStreamType.Integer, 0.0, 10.0);
        assertThat(DataStreamValueRules.accept(whole, 7)).isEqualTo(new DataStreamValue.Whole(7));
        assertThatThrownBy(() -> DataStreamValueRules.accept(whole, 11)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> DataStreamValueRules.accept(whole, 1.5)).isInstanceOf(InvalidInput.class);
        DataStreamDefinition where = new DataStreamDefinition(2, "L", null, "v2", DataStreamType.Location, null, null);
        assertThat(DataStreamValueRules.accept(where, List.of(30.5, 50))).isEqualTo(new DataStreamValue.Location(30.5, 50));
        assertThatThrownBy(() -> DataStreamValueRules.accept(where, List.of(Double.NaN, 1))).isInstanceOf(InvalidInput.class);
    }
}
