package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.out.DeviceDataPort.StoredValue;
import dev.devices.domain.device.Device;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.template.Template;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metafield values and datastream values of devices, loaded for many devices at once. */
public abstract class DeviceDataPortContract extends PortContract {

    @Test
    void metafieldValuesAreSavedOverwrittenAndLoadedPerDevice() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        Device a = newDevice(org, template, "A");
        Device b = newDevice(org, template, "B");
        MetaFieldDefinition serial = template.metaFields().get(0);
        MetaFieldDefinition setpoint = template.metaFields().get(1);
        txRun(() -> {
            ports().deviceData().saveMetaFieldValues(a.id(), Map.of(serial.id(), MetaFieldValue.unset(serial.type())));
            ports().deviceData().saveMetaFieldValues(a.id(), Map.of(serial.id(), new MetaFieldValue.TextValue("SN-1"),
                    setpoint.id(), new MetaFieldValue.NumberValue(new BigDecimal("21.5"))));
            ports().deviceData().saveMetaFieldValues(b.id(), Map.of(serial.id(), new MetaFieldValue.TextValue("SN-2")));
        });
        var values = tx(() -> ports().deviceData().loadMetaFieldValues(List.of(a.id(), b.id())));
        assertThat(values.get(a.id()).get(serial.id())).isEqualTo(new MetaFieldValue.TextValue("SN-1"));
        assertThat(values.get(a.id()).get(setpoint.id())).isEqualTo(new MetaFieldValue.NumberValue(new BigDecimal("21.5")));
        assertThat(values.get(b.id())).containsOnlyKeys(serial.id());
        assertThat(tx(() -> ports().deviceData().loadMetaFieldValues(Integer.MAX_VALUE))).isEmpty();
    }

    @Test
    void aWrittenValueIsTheCurrentOneUntilCleared() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        Device a = newDevice(org, template, "A");
        Device b = newDevice(org, template, "B");
        int stream = template.dataStreams().get(0).id();
        txRun(() -> {
            ports().deviceData().writeValue(a.id(), stream, new DataStreamValue.Decimal(20.5), 1_000L);
            ports().deviceData().writeValue(a.id(), stream, new DataStreamValue.Decimal(21.5), 2_000L);
            ports().deviceData().writeValue(b.id(), stream, new DataStreamValue.Decimal(5), 3_000L);
        });
        var current = tx(() -> ports().deviceData().loadCurrentValues(List.of(a.id(), b.id())));
        assertThat(current.get(a.id())).containsExactly(new StoredValue(stream, "21.5", 2_000L));
        assertThat(current.get(b.id())).containsExactly(new StoredValue(stream, "5.0", 3_000L));

        txRun(() -> ports().deviceData().clearValues(a.id()));
        assertThat(tx(() -> ports().deviceData().loadCurrentValues(a.id()))).isEmpty();
        assertThat(tx(() -> ports().deviceData().loadCurrentValues(b.id()))).hasSize(1);
    }
}
