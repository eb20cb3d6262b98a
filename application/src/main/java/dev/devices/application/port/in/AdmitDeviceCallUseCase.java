package dev.devices.application.port.in;

/**
 * The per-device call limit, one budget for every transport a device uses (HTTP, MQTT): a call is
 * admitted while its device has calls left in the current second.
 */
public interface AdmitDeviceCallUseCase {

    /**
     * Counts the call; false when its device has used up this second. A token that cannot be a
     * device token is not counted (the call fails as an invalid token anyway).
     */
    boolean admit(String token);
}
