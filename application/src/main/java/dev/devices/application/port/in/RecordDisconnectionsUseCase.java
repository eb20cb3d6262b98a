package dev.devices.application.port.in;

/**
 * Records the going offline of devices silent for longer than their heartbeat: each exactly once,
 * even with several instances sweeping at the same time. Returns how many it recorded.
 */
public interface RecordDisconnectionsUseCase {

    int recordDisconnections();
}
