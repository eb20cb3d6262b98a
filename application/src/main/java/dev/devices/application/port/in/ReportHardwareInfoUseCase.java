package dev.devices.application.port.in;

import dev.devices.domain.device.HardwareInfo;

/** A device reports what it is and runs; the call marks the device seen. */
public interface ReportHardwareInfoUseCase {

    void reportHardwareInfo(DeviceCall call, HardwareInfo info);
}
