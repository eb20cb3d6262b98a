package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.tag.Tag;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.TimelineEntry;
import java.util.List;

/** Reads of one device's state: D9 online status, D10 tags, D11 timeline, D12 actions log, D22 metadata. */
public interface DeviceStateUseCase {

    boolean isOnline(Caller caller, int deviceId);

    List<Tag> deviceTags(Caller caller, int deviceId);

    /** Newest first; only entries of {@code type} when it is set. */
    Page<TimelineEntry> timeline(Caller caller, int deviceId, EventType type, PageRequest page);

    Page<ActionLogEntry> actionLog(Caller caller, int deviceId, PageRequest page);

    List<DeviceDetails.MetaFieldEntry> metadata(Caller caller, int deviceId);
}
