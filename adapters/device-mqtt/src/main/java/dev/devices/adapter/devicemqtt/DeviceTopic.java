package dev.devices.adapter.devicemqtt;

import java.util.Optional;

/**
 * The topics devices publish to, under a prefix:
 * <pre>
 * prefix/TOKEN/update/v1   payload: the value as text ("23.5", "on", a Location "lon,lat")
 * prefix/TOKEN/event/CODE  payload: the description (may be empty)
 * prefix/TOKEN/hardware    payload: hardware info JSON {version, fwType, blynkVersion, boardType, build, templateId}
 * prefix/TOKEN/status      payload: "online" when connected, "offline" as the connection's last will
 * </pre>
 */
record DeviceTopic(String token, Kind kind, String argument) {

    enum Kind { UPDATE, EVENT, HARDWARE, STATUS }

    static Optional<DeviceTopic> parse(String prefix, String topic) {
        if (!topic.startsWith(prefix + "/")) {
            return Optional.empty();
        }
        String[] levels = topic.substring(prefix.length() + 1).split("/", -1);
        if (levels.length == 3 && levels[1].equals("update")) {
            return Optional.of(new DeviceTopic(levels[0], Kind.UPDATE, levels[2]));
        }
        if (levels.length == 3 && levels[1].equals("event")) {
            return Optional.of(new DeviceTopic(levels[0], Kind.EVENT, levels[2]));
        }
        if (levels.length == 2 && levels[1].equals("hardware")) {
            return Optional.of(new DeviceTopic(levels[0], Kind.HARDWARE, null));
        }
        if (levels.length == 2 && levels[1].equals("status")) {
            return Optional.of(new DeviceTopic(levels[0], Kind.STATUS, null));
        }
        return Optional.empty();
    }

    /** The subscriptions that cover every device topic. */
    static String[] filters(String prefix) {
        return new String[] {prefix + "/+/update/+", prefix + "/+/event/+", prefix + "/+/hardware", prefix + "/+/status"};
    }
}
