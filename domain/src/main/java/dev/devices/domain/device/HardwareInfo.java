package dev.devices.domain.device;

/** What a device reports about itself; every field is a free-form string from the device. */
public record HardwareInfo(String version, String fwType, String blynkVersion, String boardType, String build,
                           String templateId) {
}
