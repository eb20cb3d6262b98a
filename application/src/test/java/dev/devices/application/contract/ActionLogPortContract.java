package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.paging.PageRequest;
import dev.devices.domain.device.Device;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.Organization;
import org.junit.jupiter.api.Test;

/** A device's actions log: appended, read newest first within a subtree, cleared. */
public abstract class ActionLogPortContract extends PortContract {

    @Test
    void entriesReadNewestFirstAndClearPerDevice() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "D");
        Device other = newDevice(org, newTemplate(org, "T"), "Other");
        txRun(() -> {
            ports().actionLog().appendLogEntry(new ActionLogEntry(0, device.id(), org.id(), "a@b.io", "1", "v1", ActionLogEntry.VIRTUAL, true, 1_000L));
            ports().actionLog().appendLogEntry(new ActionLogEntry(0, device.id(), org.id(), null, "2", "v1", ActionLogEntry.VIRTUAL, false, 2_000L));
            ports().actionLog().appendLogEntry(new ActionLogEntry(0, other.id(), org.id(), null, "9", "v1", ActionLogEntry.VIRTUAL, false, 3_000L));
        });
        var page = tx(() -> ports().actionLog().actionLog(device.id(), org.path(), PageRequest.of(0, 10)));
        assertThat(page.totalElements()).isEqualTo(2);
        assertThat(page.content()).extracting(ActionLogEntry::value).containsExactly("2", "1");
        assertThat(page.content().get(1).triggerUserEmail()).isEqualTo("a@b.io");
        assertThat(page.content().get(1).isOnline()).isTrue();

        txRun(() -> ports().actionLog().clearActionLog(device.id()));
        assertThat(tx(() -> ports().actionLog().actionLog(device.id(), org.path(), PageRequest.of(0, 10))).totalElements()).isZero();
        assertThat(tx(() -> ports().actionLog().actionLog(other.id(), org.path(), PageRequest.of(0, 10))).totalElements()).isEqualTo(1);
    }

    @Test
    void readsShowOnlyEntriesRecordedWithinTheGivenSubtree() {
        Organization parent = newOrganization();
        Organization former = newOrganization(parent);
        Organization current = newOrganization(parent);
        Device device = newDevice(former, newTemplate(parent, "T"), "Moved");
        txRun(() -> {
            ports().actionLog().appendLogEntry(new ActionLogEntry(0, device.id(), former.id(), "a@former.io", "1", "v1",
                    ActionLogEntry.VIRTUAL, true, 1_000L));
            ports().actionLog().appendLogEntry(new ActionLogEntry(0, device.id(), current.id(), null, "2", "v1",
                    ActionLogEntry.VIRTUAL, true, 2_000L));
        });
        assertThat(tx(() -> ports().actionLog().actionLog(device.id(), current.path(), PageRequest.of(0, 10))).content())
                .extracting(ActionLogEntry::value).containsExactly("2");
        assertThat(tx(() -> ports().actionLog().actionLog(device.id(), parent.path(), PageRequest.of(0, 10))).content())
                .extracting(ActionLogEntry::value).containsExactly("2", "1");
    }
}
