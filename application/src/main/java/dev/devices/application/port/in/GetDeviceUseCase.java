package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D4 and D7: one device with its details; base info leaves out the datastream and metafield values. */
public interface GetDeviceUseCase {

    DeviceDetails getDevice(Caller caller, int deviceId, DeviceDetails.Depth depth);
}
