package dev.devices.bootstrap.support;

/** Health and metrics live on Quarkus' management interface, which tests find on its test port. */
public final class Management {

    /** {@code quarkus.management.test-port}'s default. */
    public static final int TEST_PORT = 9001;

    private Management() {
    }
}
