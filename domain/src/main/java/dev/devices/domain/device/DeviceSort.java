package dev.devices.domain.device;

import dev.devices.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What search results can be sorted by: Blynk's column labels and the camelCase field names. */
public enum DeviceSort {
    ID("Device Id", "id"),
    NAME("Name", "name"),
    TOKEN("Auth Token", "token"),
    OWNER_ID("Owner Id", "ownerUserId"),
    OWNER_NAME("Device Owner Name", "ownerName"),
    OWNER_EMAIL("Device Owner", "ownerEmail"),
    LAST_REPORTED_AT("Last Reported At", "lastReportedAt"),
    ACTIVATED_AT("Activated At", "activatedAt"),
    ACTIVATED_BY("Activated By", "activatedBy"),
    MODEL("Model", "model"),
    TEMPLATE_NAME("Template Name", "templateName"),
    TEMPLATE_ID("Template Id", "templateId"),
    FIRMWARE_VERSION("Firmware Version", "firmwareVersion"),
    ORG_ID("Organization Id", "orgId"),
    STATUS("Status", "status");

    public static final String ACCEPTED = Arrays.stream(values()).map(s -> s.label + "' / '" + s.fieldName)
            .collect(Collectors.joining("', '", "'", "'"));

    private final String label;
    private final String fieldName;

    DeviceSort(String label, String fieldName) {
        this.label = label;
        this.fieldName = fieldName;
    }

    /** Null or blank means by id. */
    public static DeviceSort parse(String value) {
        if (value == null || value.isBlank()) {
            return ID;
        }
        for (DeviceSort sort : values()) {
            if (sort.label.equalsIgnoreCase(value.strip()) || sort.fieldName.equalsIgnoreCase(value.strip())) {
                return sort;
            }
        }
        throw InvalidInput.of("sortBy", "sortBy must be one of " + ACCEPTED + ".");
    }

    /** ASC (default) or DESC, any case. */
    public static boolean parseDescending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("ASC")) {
            return false;
        }
        if (order.equalsIgnoreCase("DESC")) {
            return true;
        }
        throw InvalidInput.of("sortOrder", "sortOrder must be ASC or DESC.");
    }
}
