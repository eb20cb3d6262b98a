package dev.devices.application.port.in;

/** Whether the device with this token is connected now. Reading it does not count as a device call. */
public interface CheckHardwareConnectedUseCase {

    boolean isHardwareConnected(String token);
}
