package dev.devices.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A fresh, empty PostgreSQL database for one test run: on the machine's server when one answers
 * (a database of our own, dropped at the end), otherwise on an embedded server started for the run.
 *
 * <p>The server is found through {@code DEVICES_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code DEVICES_TEST_PG_USER} (default
 * {@code postgres}) and {@code DEVICES_TEST_PG_PASSWORD}; {@code DEVICES_TEST_PG=embedded} forces the
 * embedded server.
 */
public final class TestDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final AutoCloseable cleanup;

    private TestDatabase(String jdbcUrl, String user, String password, AutoCloseable cleanup) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.cleanup = cleanup;
    }

    public static TestDatabase create() {
        String name = "devices_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        String serverUrl = env("DEVICES_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("DEVICES_TEST_PG_USER", "postgres");
        String password = System.getenv("DEVICES_TEST_PG_PASSWORD");
        if (!"embedded".equals(System.getenv("DEVICES_TEST_PG"))) {
            try (Connection admin = Databases.connect(serverUrl, user, password)) {
                Databases.createIfMissing(admin, name);
                String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
                return new TestDatabase(url, user, password, () -> {
                    try (Connection again = Databases.connect(serverUrl, user, password)) {
                        Databases.drop(again, name);
                    }
                });
            } catch (SQLException unreachable) {
                System.out.println("[test-db] no PostgreSQL at " + serverUrl + " (" + unreachable.getMessage()
                        + "); starting an embedded one");
            }
        }
        return embedded(name);
    }

    private static TestDatabase embedded(String name) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
            try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
                Databases.createIfMissing(admin, name);
            }
            return new TestDatabase(postgres.getJdbcUrl("postgres", name), "postgres", null, postgres);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start an embedded PostgreSQL for the tests", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws Exception {
        cleanup.close();
    }
}
