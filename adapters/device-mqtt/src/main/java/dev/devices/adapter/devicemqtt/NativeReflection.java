package dev.devices.adapter.devicemqtt;

import dev.devices.domain.device.HardwareInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Types this adapter reads from JSON by class, which a native image must keep reflective access to. */
@RegisterForReflection(targets = HardwareInfo.class)
final class NativeReflection {

    private NativeReflection() {
    }
}
