package dev.devices.application.port.in;

/** A device reports one of its template's events; same rules as D17. The call marks the device seen. */
public interface LogDeviceEventUseCase {

    void logDeviceEvent(DeviceCall call, String eventCode, String description);
}
