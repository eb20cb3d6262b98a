package dev.devices.adapter.rest;

import dev.devices.application.port.in.WriteDeviceIfMatchUseCase.ExpectedVersion;
import dev.devices.domain.error.InvalidInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A device's entity tag, {@code "<deviceId>.<configuration version>"} (opaque to clients; the device
 * id in it makes another device's tag never match), and the If-Match / If-None-Match lists of RFC
 * 9110 §13.1: {@code *} or comma-separated entity tags, weak ones {@code W/"..."} included.
 */
final class DeviceETags {

    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    private static final int LONGEST_HEADER = 8_192;

    private DeviceETags() {
    }

    static String of(int deviceId, long configVersion) {
        return "\"" + deviceId + "." + configVersion + "\"";
    }

    /** If-Match compares strongly: weak tags never match, nor do other devices' tags. */
    static ExpectedVersion ifMatch(String header, int deviceId) {
        if (header.strip().equals("*")) {
            return ExpectedVersion.anyVersion();
        }
        Set<Long> versions = new HashSet<>();
        for (Tag tag : parse(IF_MATCH, header)) {
            if (!tag.weak()) {
                versionOf(tag.opaque(), deviceId, versions);
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    /** If-None-Match compares weakly: whether the header names the device's current tag (or is *). */
    static boolean noneMatchHolds(String header, int deviceId, long configVersion) {
        if (header.strip().equals("*")) {
            return false;
        }
        String current = deviceId + "." + configVersion;
        return parse(IF_NONE_MATCH, header).stream().noneMatch(tag -> tag.opaque().equals(current));
    }

    /** Strong comparison is of the exact characters: "12.03" or "12.+3" is not "12.3". */
    private static void versionOf(String opaque, int deviceId, Set<Long> versions) {
        String prefix = deviceId + ".";
        if (opaque.startsWith(prefix)) {
            try {
                long version = Long.parseLong(opaque.substring(prefix.length()));
                if (opaque.equals(prefix + version)) {
                    versions.add(version);
                }
            } catch (NumberFormatException e) {
                // not a tag this service made: it matches nothing
            }
        }
    }

    private record Tag(boolean weak, String opaque) {
    }

    private static List<Tag> parse(String header, String value) {
        if (value.length() > LONGEST_HEADER) {
            throw InvalidInput.of(header, header + " is longer than " + LONGEST_HEADER + " characters.");
        }
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = value.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            int close = open < n && value.charAt(open) == '"' ? value.indexOf('"', open + 1) : -1;
            if (close < 0) {
                throw malformed(header);
            }
            tags.add(new Tag(weak, value.substring(open + 1, close)));
            i = close + 1;
        }
        if (tags.isEmpty()) {
            throw malformed(header);
        }
        return tags;
    }

    private static InvalidInput malformed(String header) {
        return InvalidInput.of(header, header + " must be * or a comma-separated list of quoted entity tags,"
                + " such as \"12.3\" (an ETag this service sent).");
    }
}
