package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.OrgPath;

/** Devices' actions logs, newest first; read like timelines, within a subtree (see {@link TimelinePort}). */
public interface ActionLogPort {

    /** Appends the entry; its id is assigned. */
    void appendLogEntry(ActionLogEntry entry);

    Page<ActionLogEntry> actionLog(int deviceId, OrgPath recordedWithin, PageRequest page);

    void clearActionLog(int deviceId);
}
