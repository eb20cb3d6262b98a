package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.paging.PageRequest;
import dev.devices.domain.device.Device;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.Template;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

/** A device's timeline: appended, read newest first (optionally by type), resolved, cleared. */
public abstract class TimelinePortContract extends PortContract {

    @Test
    void entriesReadNewestFirstWithTiesByIdAndCanBeFilteredByType() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "D");
        TimelineEntry first = append(device, EventType.INFORMATION, 1_000L);
        TimelineEntry second = append(device, EventType.WARNING, 2_000L);
        TimelineEntry third = append(device, EventType.INFORMATION, 2_000L);
        append(newDevice(org, newTemplate(org, "T"), "Other"), EventType.INFORMATION, 5_000L);

        var all = tx(() -> ports().timeline().timeline(device.id(), org.path(), null, PageRequest.of(0, 10)));
        assertThat(all.totalElements()).isEqualTo(3);
        assertThat(all.content()).containsExactly(third, second, first);
        assertThat(tx(() -> ports().timeline().timeline(device.id(), org.path(), EventType.INFORMATION, PageRequest.of(0, 1))).content())
                .containsExactly(third);
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).isEmpty();
    }

    @Test
    void theLifecycleEventIsTheNewestLifecycleEntrysByTimeThenIdAndOtherTypesLeaveIt() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        Device device = newDevice(org, template, "D");
        Device other = newDevice(org, template, "Other");
        int provisioned = template.firstEventOf(EventType.LIFECYCLE).orElseThrow().id();
        int tooHot = template.eventWithCode("too_hot").orElseThrow().id();

        TimelineEntry appended = appendEvent(device, provisioned, EventType.LIFECYCLE, 2_000L);
        assertThat(appended.eventType()).isEqualTo(EventType.LIFECYCLE);
        assertThat(appended.eventId()).isEqualTo(provisioned);
        assertThat(tx(() -> ports().timeline().findTimelineEntry(device.id(), org.path(), appended.id()))).contains(appended);
        appendEvent(device, tooHot, EventType.WARNING, 3_000L);
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).contains(provisioned);
        assertThat(tx(() -> ports().timeline().lifecycleEventId(other.id()))).isEmpty();

        // a late arrival stamped earlier does not replace it; a later one, or a tie with a higher id, does
        appendEvent(device, tooHot, EventType.LIFECYCLE, 1_000L);
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).contains(provisioned);
        appendEvent(device, tooHot, EventType.LIFECYCLE, 2_000L);
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).contains(tooHot);
        appendEvent(device, provisioned, EventType.LIFECYCLE, 4_000L);
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).contains(provisioned);

        txRun(() -> ports().timeline().clearTimeline(device.id()));
        assertThat(tx(() -> ports().timeline().lifecycleEventId(device.id()))).isEmpty();
    }

    @Test
    void anEntryIsFoundOnlyThroughItsDeviceAndCanBeResolved() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "D");
        Device other = newDevice(org, newTemplate(org, "T"), "Other");
        TimelineEntry entry = append(device, EventType.CRITICAL, 1_000L);
        assertThat(tx(() -> ports().timeline().findTimelineEntry(other.id(), org.path(), entry.id()))).isEmpty();

        txRun(() -> ports().timeline().resolveTimelineEntry(other.id(), entry.id(), 6_000L, "not its entry"));
        assertThat(tx(() -> ports().timeline().findTimelineEntry(device.id(), org.path(), entry.id())).orElseThrow()
                .isResolved()).isFalse();
        txRun(() -> ports().timeline().resolveTimelineEntry(device.id(), entry.id(), 5_000L, "fixed"));
        TimelineEntry resolved = tx(() -> ports().timeline().findTimelineEntry(device.id(), org.path(), entry.id())).orElseThrow();
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.resolvedAt()).isEqualTo(5_000L);
        assertThat(resolved.resolvedComment()).isEqualTo("fixed");
    }

    @Test
    void clearingEmptiesOneDevicesTimeline() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "D");
        Device other = newDevice(org, newTemplate(org, "T"), "Other");
        append(device, EventType.NOTE, 1L);
        append(other, EventType.NOTE, 1L);
        txRun(() -> ports().timeline().clearTimeline(device.id()));
        assertThat(tx(() -> ports().timeline().timeline(device.id(), org.path(), null, PageRequest.of(0, 10))).totalElements()).isZero();
        assertThat(tx(() -> ports().timeline().timeline(other.id(), org.path(), null, PageRequest.of(0, 10))).totalElements()).isEqualTo(1);
    }

    @Test
    void readsShowOnlyEntriesRecordedWithinTheGivenSubtree() {
        Organization parent = newOrganization();
        Organization former = newOrganization(parent);
        Organization current = newOrganization(parent);
        Device device = newDevice(former, newTemplate(parent, "T"), "Moved");
        TimelineEntry before = append(device, former.id(), EventType.NOTE, 1_000L);
        TimelineEntry after = append(device, current.id(), EventType.NOTE, 2_000L);

        assertThat(tx(() -> ports().timeline().timeline(device.id(), current.path(), null, PageRequest.of(0, 10))).content())
                .containsExactly(after);
        assertThat(tx(() -> ports().timeline().timeline(device.id(), current.path(), EventType.NOTE, PageRequest.of(0, 10)))
                .totalElements()).isEqualTo(1);
        assertThat(tx(() -> ports().timeline().timeline(device.id(), parent.path(), null, PageRequest.of(0, 10))).content())
                .containsExactly(after, before);
        assertThat(tx(() -> ports().timeline().findTimelineEntry(device.id(), current.path(), before.id()))).isEmpty();
        assertThat(tx(() -> ports().timeline().findTimelineEntry(device.id(), parent.path(), before.id()))).contains(before);
    }

    private TimelineEntry appendEvent(Device device, int eventId, EventType type, long ts) {
        return tx(() -> ports().timeline().appendTimelineEntry(
                new NewTimelineEntry(device.id(), device.orgId(), eventId, type, null, null, ts)));
    }

    private TimelineEntry append(Device device, EventType type, long ts) {
        return append(device, device.orgId(), type, ts);
    }

    private TimelineEntry append(Device device, int orgId, EventType type, long ts) {
        return tx(() -> ports().timeline().appendTimelineEntry(
                new NewTimelineEntry(device.id(), orgId, null, type, "code", "about " + ts, ts)));
    }
}
