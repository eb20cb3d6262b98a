package dev.devices.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.in.CreateDeviceUseCase.CreateDeviceCommand;
import dev.devices.application.port.in.CreateDeviceUseCase.TemplateRef;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase.TransferToOwnerCommand;
import dev.devices.application.port.in.TriggerEventUseCase.TriggerEventCommand;
import dev.devices.application.port.in.WriteDataStreamsUseCase.WriteDataStreamsCommand;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.Template;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.user.User;
import dev.devices.domain.user.UserStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The device use cases' rules, on the in-memory adapter: no HTTP, no database, milliseconds. */
class DeviceRulesTest {

    private final UseCaseFixture f = new UseCaseFixture();

    @Test
    void aNewDeviceStartsItsTimelineWithTheTemplatesLifecycleEvent() {
        Template template = f.newTemplate(f.root);
        Device device = f.newDevice(f.root, template, null);
        var timeline = f.state.timeline(f.root, device.id(), null, PageRequest.of(0, 10));
        assertThat(timeline.content()).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventType.LIFECYCLE);
            assertThat(e.eventCode()).isEqualTo("provisioned");
        });
        assertThat(f.catalog.getDevice(f.root, device.id(), DeviceDetails.Depth.FULL).lifecycleStatus().name())
                .isEqualTo("Provisioned");
    }

    @Test
    void anOwnerFromAnotherOrganizationIsNotFound() {
        Organization other = f.newOrganization(f.root);
        User stranger = f.newUser(f.callerOf(other), UserStatus.Active);
        Template template = f.newTemplate(f.root);
        assertThatThrownBy(() -> f.newDevice(f.root, template, stranger.id()))
                .isInstanceOf(NotFound.class).hasMessage("User is not found or you don't have access to him.");
    }

    @Test
    void aSiblingsTemplateIsNotFound() {
        Caller a = f.callerOf(f.newOrganization(f.root));
        Caller b = f.callerOf(f.newOrganization(f.root));
        Template ofB = f.newTemplate(b);
        assertThatThrownBy(() -> f.lifecycle.createDevice(new CreateDeviceCommand(a, new TemplateRef.ById(ofB.id()), null,
                DeviceName.of("x"), null, DeviceDetails.Depth.FULL))).isInstanceOf(NotFound.class).hasMessage("Template is not found.");
    }

    @Test
    void aTransferToTheSameOwnerOrAnInactiveUserChangesNothing() {
        Organization org = f.newOrganization(f.root);
        Caller caller = f.callerOf(org);
        User owner = f.newUser(caller, UserStatus.Active);
        User inactive = f.newUser(caller, UserStatus.Inactive);
        Device device = f.newDevice(caller, f.newTemplate(caller), owner.id());

        assertThatThrownBy(() -> f.transfers.transferToOwner(new TransferToOwnerCommand(caller, device.id(), owner.id())))
                .isInstanceOf(InvalidInput.class).hasMessage("Can't transfer to the same owner");
        assertThatThrownBy(() -> f.transfers.transferToOwner(new TransferToOwnerCommand(caller, device.id(), inactive.id())))
                .isInstanceOf(InvalidInput.class);
        assertThat(f.reload(caller, device).ownerUserId()).isEqualTo(owner.id());
        assertThat(f.state.timeline(caller, device.id(), EventType.INFORMATION, PageRequest.of(0, 10)).totalElements()).isZero();
    }

    @Test
    void aTransferToAnOwnerMovesTheDeviceIntoTheOwnersOrganization() {
        Organization child = f.newOrganization(f.root);
        User owner = f.newUser(f.callerOf(child), UserStatus.Active);
        Device device = f.newDevice(f.root, f.newTemplate(f.root), null);
        f.transfers.transferToOwner(new TransferToOwnerCommand(f.root, device.id(), owner.id()));
        Device moved = f.reload(f.root, device);
        assertThat(moved.orgId()).isEqualTo(child.id());
        assertThat(moved.ownerUserId()).isEqualTo(owner.id());
    }

    @Test
    void aDeviceIsConnectedOnlyWithinTheHeartbeatOfItsLastCall() {
        Device device = f.newDevice(f.root, f.newTemplate(f.root), null);
        assertThat(f.state.isOnline(f.root, device.id())).isFalse();
        Device seen = f.reload(f.root, device);
        f.persistence.unitOfWork().inTransaction(() -> f.persistence.saveDevice().updateDevice(new Device(seen.id(),
                seen.orgId(), seen.templateId(), seen.originalTemplateId(), seen.name(), seen.token(), seen.ownerUserId(),
                seen.activatedAt(), seen.hardwareInfo(), new dev.devices.domain.device.Connectivity(null, null, null,
                f.clock.millis(), null, null, null, null), seen.createdAt(), seen.version(), seen.configVersion())));
        f.clock.advance(Duration.ofSeconds(59));
        assertThat(f.state.isOnline(f.root, device.id())).isTrue();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.state.isOnline(f.root, device.id())).isFalse();
    }

    @Test
    void aBatchOfValuesIsWrittenWholeOrNotAtAll() {
        Template template = f.newTemplate(f.root);
        Device device = f.newDevice(f.root, template, null);
        int temperature = template.dataStreams().get(0).id();
        int count = template.dataStreams().get(1).id();
        Map<Integer, Object> mixed = new LinkedHashMap<>();
        mixed.put(temperature, 21.5);
        mixed.put(count, 11L);
        assertThatThrownBy(() -> f.data.writeValues(new WriteDataStreamsCommand(f.root, device.id(), mixed))).isInstanceOf(InvalidInput.class);
        assertThat(f.data.readValues(f.root, device.id(), List.of())).isEmpty();
        assertThat(f.state.actionLog(f.root, device.id(), PageRequest.of(0, 10)).totalElements()).isZero();

        f.data.writeValues(new WriteDataStreamsCommand(f.root, device.id(), Map.of(temperature, 21.5, count, 3L)));
        assertThat(f.data.readValues(f.root, device.id(), List.of())).containsEntry("v1", new DataStreamValue.Decimal(21.5)).containsEntry("v2", new DataStreamValue.Whole(3));
        assertThat(f.state.actionLog(f.root, device.id(), PageRequest.of(0, 10)).totalElements()).isEqualTo(2);
    }

    @Test
    void clearingKeepsIdentityAndLeavesOneEntry() {
        Template template = f.newTemplate(f.root);
        Device device = f.newDevice(f.root, template, null);
        f.data.writeValues(new WriteDataStreamsCommand(f.root, device.id(), Map.of(template.dataStreams().get(0).id(), 20)));
        f.events.triggerEvent(new TriggerEventCommand(f.root, device.id(), "too_hot", "hot"));
        f.data.clearData(f.root, device.id());
        Device cleared = f.reload(f.root, device);
        assertThat(cleared.token()).isEqualTo(device.token());
        assertThat(cleared.name()).isEqualTo(device.name());
        assertThat(f.data.readValues(f.root, device.id(), List.of())).isEmpty();
        assertThat(f.state.timeline(f.root, device.id(), null, PageRequest.of(0, 10)).content())
                .singleElement().satisfies(e -> assertThat(e.description()).isEqualTo("Device data cleared"));
    }
}
