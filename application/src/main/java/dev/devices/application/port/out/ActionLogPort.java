package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.log.ActionLogEntry;

/** Devices' actions logs, newest first. */
public interface ActionLogPort {

    /** Appends the entry; its id is assigned. */
    void appendLogEntry(ActionLogEntry entry);

    Page<ActionLogEntry> actionLog(int deviceId, PageRequest page);

    void clearActionLog(int deviceId);
}
