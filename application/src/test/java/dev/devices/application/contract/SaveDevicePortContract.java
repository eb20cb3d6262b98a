package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.tag.Tag;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.template.Template;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inserting, updating with optimistic locking, and deleting with everything that belongs to a device. */
public abstract class SaveDevicePortContract extends PortContract {

    @Test
    void anInsertedDeviceHasAnIdAndNoConnectionHistory() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        Device device = newDevice(org, template, "Fresh");
        assertThat(device.id()).isPositive();
        assertThat(device.templateId()).isEqualTo(template.id());
        assertThat(device.originalTemplateId()).isEqualTo(template.originalId());
        assertThat(device.activatedAt()).isNull();
        assertThat(device.connectivity().lastSeenAt()).isNull();
        assertThat(device.ownerUserId()).isNull();
    }

    @Test
    void anUpdateStoresTheChangeAndMovesTheVersionOn() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Before");
        Device renamed = tx(() -> ports().saveDevice().updateDevice(device.rename(DeviceName.of("After"))));
        assertThat(renamed.name().value()).isEqualTo("After");
        assertThat(renamed.version()).isEqualTo(device.version() + 1);
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(org), device.id()))).contains(renamed);
    }

    /** The version names what a caller saw (it becomes an ETag): an update that changes nothing keeps it. */
    @Test
    void anUpdateThatChangesNothingLeavesTheVersion() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Same");
        Device seen = tx(() -> ports().saveDevice().updateDevice(device.observed(5L,
                new HardwareInfo("1.0", null, null, "ESP32", null, null), device.connectivity())));
        Device again = tx(() -> ports().saveDevice().updateDevice(seen.observed(5L,
                new HardwareInfo("1.0", null, null, "ESP32", null, null), seen.connectivity())));
        assertThat(again.version()).isEqualTo(seen.version());
        assertThat(tx(() -> ports().saveDevice().updateDevice(again.rename(DeviceName.of("Same")))).version())
                .isEqualTo(seen.version());
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(org), device.id())).orElseThrow().version())
                .isEqualTo(seen.version());
    }

    /**
     * The configuration version (the API's ETag) starts at the first one, is stored as the device
     * carries it, and moves with the configuration only: never with what the device side reports.
     */
    @Test
    void theConfigurationVersionMovesWithTheConfigurationAndNotWithReports() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Configured");
        assertThat(device.configVersion()).isEqualTo(Device.FIRST_CONFIG_VERSION);

        Device seen = tx(() -> ports().saveDevice().updateDevice(device.observed(7L,
                new HardwareInfo("2.0", null, null, "ESP32", null, null), device.connectivity().cleared())));
        assertThat(seen.configVersion()).isEqualTo(device.configVersion());
        Device renamed = tx(() -> ports().saveDevice().updateDevice(seen.rename(DeviceName.of("Renamed"))));
        Device tagged = tx(() -> ports().saveDevice().updateDevice(renamed.configurationChanged()));
        Device moved = tx(() -> ports().saveDevice().updateDevice(tagged.movedTo(other.id(), null)));
        assertThat(List.of(renamed.configVersion(), tagged.configVersion(), moved.configVersion()))
                .containsExactly(device.configVersion() + 1, device.configVersion() + 2, device.configVersion() + 3);
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(other), device.id())).orElseThrow().configVersion())
                .isEqualTo(moved.configVersion());
        assertThat(tx(() -> ports().saveDevice().updateDevice(moved.withStatisticsCleared())).configVersion())
                .isEqualTo(moved.configVersion());
    }

    @Test
    void anUpdateOfAStaleCopyIsAConflictAndChangesNothing() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Original");
        tx(() -> ports().saveDevice().updateDevice(device.rename(DeviceName.of("First writer"))));
        assertThatThrownBy(() -> tx(() -> ports().saveDevice().updateDevice(device.rename(DeviceName.of("Second writer")))))
                .isInstanceOf(Conflict.class);
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(org), device.id())).orElseThrow().name().value())
                .isEqualTo("First writer");
    }

    @Test
    void deletingRemovesTheDeviceWithItsValuesTimelineLogAndTagLinks() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        Device device = newDevice(org, template, "Doomed");
        Device survivor = newDevice(org, template, "Survivor");
        Tag tag = tx(() -> ports().tags().createTag(org.id(), "tag-" + unique(), null));
        for (Device d : List.of(device, survivor)) {
            txRun(() -> {
                ports().deviceData().saveMetaFieldValues(d.id(), Map.of(template.metaFields().get(0).id(),
                        new MetaFieldValue.TextValue("SN")));
                ports().deviceData().writeValue(d.id(), template.dataStreams().get(0).id(), new DataStreamValue.Decimal(20), 1L);
                ports().timeline().appendTimelineEntry(new NewTimelineEntry(d.id(), org.id(), null, EventType.NOTE, null, "n", 1L));
                ports().actionLog().appendLogEntry(new ActionLogEntry(0, d.id(), org.id(), null, "20", "v1", ActionLogEntry.VIRTUAL, false, 1L));
                ports().tags().replaceDeviceTags(d.id(), List.of(tag.id()));
            });
        }

        txRun(() -> ports().saveDevice().deleteDevice(org.id(), device.id()));

        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(org), device.id()))).isEmpty();
        assertThat(tx(() -> ports().deviceData().loadMetaFieldValues(device.id()))).isEmpty();
        assertThat(tx(() -> ports().deviceData().loadCurrentValues(device.id()))).isEmpty();
        assertThat(tx(() -> ports().timeline().timeline(device.id(), org.path(), null, PageRequest.of(0, 10))).totalElements()).isZero();
        assertThat(tx(() -> ports().actionLog().actionLog(device.id(), org.path(), PageRequest.of(0, 10))).totalElements()).isZero();
        assertThat(tx(() -> ports().tags().deviceTags(device.id()))).isEmpty();
        // the other device and the tag itself are untouched
        assertThat(tx(() -> ports().deviceData().loadCurrentValues(survivor.id()))).hasSize(1);
        assertThat(tx(() -> ports().tags().deviceTags(survivor.id()))).containsExactly(tag);
    }

    @Test
    void deletingWithAnotherOrganizationDoesNothing() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Kept");
        txRun(() -> ports().saveDevice().deleteDevice(newOrganization().id(), device.id()));
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(org), device.id()))).isPresent();
    }
}
