package dev.devices.application.service;

/** The fixed one-minute window a moment falls in, as the counters of the limits use it. */
record MinuteWindow(long start, long now) {

    private static final long MILLIS = 60_000;

    static MinuteWindow at(long now) {
        return new MinuteWindow(now - Math.floorMod(now, MILLIS), now);
    }

    /** Whole seconds until the next window, at least 1: what Retry-After and RateLimit-Reset say. */
    long secondsLeft() {
        return Math.max(1, (start + MILLIS - now + 999) / 1000);
    }
}
