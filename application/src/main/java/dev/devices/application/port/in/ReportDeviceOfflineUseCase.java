package dev.devices.application.port.in;

/** A device has gone away (MQTT: its last will); recorded at once, and only if it was connected. */
public interface ReportDeviceOfflineUseCase {

    void reportOffline(String token);
}
