package dev.devices.domain.device;

import dev.devices.domain.text.Text;

/**
 * What a device reports about itself: six free-form strings from the device, each optional. A report
 * is {@link #checked()} before it is stored, so that no device can make every list that shows it heavy.
 */
public record HardwareInfo(String version, String fwType, String blynkVersion, String boardType, String build,
                           String templateId) {

    public static final int MAX_FIELD_LENGTH = 128;

    /** This report, if every field is at most {@value #MAX_FIELD_LENGTH} characters of one line. */
    public HardwareInfo checked() {
        Text.optionalLine("hardwareInfo.version", version, MAX_FIELD_LENGTH);
        Text.optionalLine("hardwareInfo.fwType", fwType, MAX_FIELD_LENGTH);
        Text.optionalLine("hardwareInfo.blynkVersion", blynkVersion, MAX_FIELD_LENGTH);
        Text.optionalLine("hardwareInfo.boardType", boardType, MAX_FIELD_LENGTH);
        Text.optionalLine("hardwareInfo.build", build, MAX_FIELD_LENGTH);
        Text.optionalLine("hardwareInfo.templateId", templateId, MAX_FIELD_LENGTH);
        return this;
    }
}
