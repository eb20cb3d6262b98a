package dev.devices.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.device.DeviceName;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.MetaFieldValue.Contact;
import dev.devices.domain.template.MetaFieldValue.Coordinates;
import dev.devices.domain.template.MetaFieldValue.DeviceNameValue;
import dev.devices.domain.template.MetaFieldValue.ListSelection;
import dev.devices.domain.template.MetaFieldValue.NumberValue;
import dev.devices.domain.template.MetaFieldValue.TextValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetaFieldValueTest {

    private static MetaFieldDefinition field(MetaFieldType type) {
        return new MetaFieldDefinition(1, "f", type, false, false, -10.0, 100.0, List.of("A", "B"));
    }

    @Test
    void eachTypeGetsItsOwnValue() {
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.Text), "SN-1")).isEqualTo(new TextValue("SN-1"));
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.List), "B")).isEqualTo(new ListSelection("B"));
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.Coordinates), Map.of("lat", 50.4, "lon", 30)))
                .isEqualTo(new Coordinates(new BigDecimal("50.4"), new BigDecimal("30")));
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.DeviceName), "Boiler").deviceName())
                .contains(DeviceName.of("Boiler"));
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.Text), "x").deviceName()).isEmpty();
    }

    @Test
    void aNumberKeepsHowTheClientWroteIt() {
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.Number), 21).fields()).containsEntry("value", new BigDecimal("21"));
        assertThat(MetaFieldValueRules.accept(field(MetaFieldType.Number), 21.5).fields().get("value")).hasToString("21.5");
        assertThatThrownBy(() -> MetaFieldValueRules.accept(field(MetaFieldType.Number), 100.5))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("newValue"))
                .hasMessage(MetaFieldValueRules.INVALID);
    }

    @Test
    void aContactShowsOnlyThePartsGiven() {
        MetaFieldValue contact = MetaFieldValueRules.accept(field(MetaFieldType.Contact),
                Map.of("firstName", "Ada", "email", " ada@example.com "));
        assertThat(contact).isEqualTo(new Contact("Ada", null, "ada@example.com", null));
        assertThat(contact.fields()).containsExactly(Map.entry("firstName", "Ada"), Map.entry("email", "ada@example.com"));
    }

    @Test
    void whatFieldsGivesFromFieldsReadsBack() {
        List<MetaFieldValue> values = List.of(new TextValue("t"), new NumberValue(new BigDecimal("-2.25")),
                new MetaFieldValue.EmailValue("a@b.io"), new ListSelection("A"),
                new Coordinates(new BigDecimal("1.5"), new BigDecimal("-3")), new Contact(null, "L", null, "+1"),
                new DeviceNameValue(DeviceName.of("n")), new MetaFieldValue.DeviceOwnerValue("o@b.io"),
                MetaFieldValue.unset(MetaFieldType.Number));
        for (MetaFieldValue value : values) {
            assertThat(MetaFieldValue.fromFields(value.type(), value.fields())).isEqualTo(value);
        }
    }

    @Test
    void theOwnerIsReadOnlyAndAWrongShapeIsBlynksInvalidValue() {
        assertThatThrownBy(() -> MetaFieldValueRules.accept(field(MetaFieldType.DeviceOwner), "x@y.io"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MetaFieldValueRules.accept(field(MetaFieldType.List), "C"))
                .hasMessage(MetaFieldValueRules.INVALID);
        assertThatThrownBy(() -> MetaFieldValueRules.accept(field(MetaFieldType.Coordinates), List.of(1, 2)))
                .hasMessage(MetaFieldValueRules.INVALID);
    }
}
