package dev.devices.application.port.in;

/** A device says it is there (MQTT: connected and announced itself); counts as a device call. */
public interface ReportDeviceOnlineUseCase {

    void reportOnline(DeviceCall call);
}
