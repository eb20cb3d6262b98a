package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.paging.PageRequest;
import dev.devices.domain.device.Device;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.Template;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retention of the time-stamped records: what is older than the cutoff goes (in the store's blocks of
 * time, never what is newer), records of any time are taken whether or not their time was prepared.
 * Removal applies to the whole store, so the times used here lie past those of the other contracts.
 */
public abstract class HistoryRetentionPortContract extends PortContract {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final long T = 2_000_000_000_000L; // May 2033

    @Test
    void recordsBeforeTheCutoffGoAndTheRestStay() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "D");
        txRun(() -> ports().historyRetention().prepare(T - 35 * DAY, T + 14 * DAY));
        List<Long> times = List.of(T - 30 * DAY, T - 8 * DAY, T, T + DAY);
        times.forEach(ts -> record(device, ts));

        long removedBefore = tx(() -> ports().historyRetention().removeBefore(T));

        assertThat(removedBefore).isBetween(T - 7 * DAY, T);
        assertThat(timelineTimes(device, org)).contains(T, T + DAY).doesNotContain(T - 30 * DAY, T - 8 * DAY);
        assertThat(actionLogTimes(device, org)).contains(T, T + DAY).doesNotContain(T - 30 * DAY, T - 8 * DAY);
        assertThat(timelineTimes(device, org)).allMatch(ts -> ts >= removedBefore);
    }

    @Test
    void recordsOfAnyTimeAreTakenPreparedOrNotAndStayReadableWhenTheirTimeIsPrepared() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "D");
        long farAhead = T + 400 * DAY;
        record(device, farAhead);
        record(device, 5L); // 1970

        assertThat(timelineTimes(device, org)).contains(farAhead);
        txRun(() -> ports().historyRetention().prepare(farAhead - 7 * DAY, farAhead + 7 * DAY));
        assertThat(timelineTimes(device, org)).contains(farAhead);
        assertThat(actionLogTimes(device, org)).contains(farAhead);

        tx(() -> ports().historyRetention().removeBefore(farAhead + 15 * DAY));
        assertThat(timelineTimes(device, org)).isEmpty();
        assertThat(actionLogTimes(device, org)).isEmpty();
    }

    @Test
    void aDevicesLifecycleStatusOutlivesTheEntryThatSetIt() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        Device device = newDevice(org, template, "D");
        int provisioned = template.firstEventOf(EventType.LIFECYCLE).orElseThrow().id();
        long longAgo = T + 500 * DAY;
        txRun(() -> ports().historyRetention().prepare(longAgo - 7 * DAY, longAgo + 7 * DAY));
        txRun(() -> ports().timeline().appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), provisioned,
                EventType.LIFECYCLE, "provisioned", "Device created", longAgo)));

        tx(() -> ports().historyRetention().removeBefore(longAgo + 30 * DAY));

        assertThat(timelineTimes(device, org)).isEmpty();
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).contains(provisioned);
    }

    private void record(Device device, long ts) {
        txRun(() -> {
            ports().timeline().appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), null,
                    EventType.INFORMATION, null, "at " + ts, ts));
            ports().actionLog().appendLogEntry(new ActionLogEntry(0, device.id(), device.orgId(), null, "1", "v1",
                    ActionLogEntry.VIRTUAL, true, ts));
        });
    }

    private List<Long> timelineTimes(Device device, Organization org) {
        return tx(() -> ports().timeline().timeline(device.id(), org.path(), null, PageRequest.of(0, 100))).content()
                .stream().map(TimelineEntry::ts).toList();
    }

    private List<Long> actionLogTimes(Device device, Organization org) {
        return tx(() -> ports().actionLog().actionLog(device.id(), org.path(), PageRequest.of(0, 100))).content()
                .stream().map(ActionLogEntry::createdAt).toList();
    }
}
