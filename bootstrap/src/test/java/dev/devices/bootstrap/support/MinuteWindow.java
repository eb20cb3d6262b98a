package dev.devices.bootstrap.support;

/** For tests of counts in one-minute windows: all their calls fall in one window. */
public final class MinuteWindow {

    private MinuteWindow() {
    }

    /** Returns at once when at least 15 s of this minute are left, else just after the next minute begins. */
    public static void startWithRoomLeft() throws InterruptedException {
        long secondsLeft = 60 - (System.currentTimeMillis() / 1000) % 60;
        if (secondsLeft < 15) {
            Thread.sleep(secondsLeft * 1000 + 200);
        }
    }
}
