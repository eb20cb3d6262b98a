package dev.devices.bootstrap.support;

import dev.devices.embedded.Rows;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A PostgreSQL of a test's own (never the machine's shared server) that the test can stop under a
 * running service and start again with the same data on the same port.
 */
public final class StoppablePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final String database;
    private EmbeddedPostgres server;

    private StoppablePostgres(Path dataDir, int port, String database) {
        this.dataDir = dataDir;
        this.port = port;
        this.database = database;
    }

    /** A new server on a free port with one empty database of that name. */
    public static StoppablePostgres withDatabase(String database) throws IOException, SQLException {
        StoppablePostgres postgres = new StoppablePostgres(Files.createTempDirectory("devices-" + database), PackagedService.freePort(),
                database);
        postgres.start();
        try (Connection admin = postgres.server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        return postgres;
    }

    /** The first column of every row the query returns, as text, read over a connection of its own. */
    public List<String> column(String sql) throws SQLException {
        return Rows.firstColumn(jdbcUrl(), sql);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The database goes away under whoever uses it. */
    public void stop() throws IOException {
        server.close();
        server = null;
    }

    /** Back with the same data on the same port. */
    public void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").start();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
