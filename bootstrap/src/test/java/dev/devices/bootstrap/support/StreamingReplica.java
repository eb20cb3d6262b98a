package dev.devices.bootstrap.support;

import dev.devices.embedded.Rows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL primary of the test's own and a hot standby streaming from it, made with the machine's
 * binaries ({@code initdb}, {@code pg_basebackup -R}, {@code pg_ctl}; never the machine's shared
 * server). The standby logs every statement it runs, so a test can tell which reads it served, and
 * can be stopped, started and delayed ({@code recovery_min_apply_delay}).
 */
public final class StreamingReplica implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path dir;
    private final int primaryPort;
    private final int replicaPort;
    private final String database;

    private StreamingReplica(Path bin, Path dir, int primaryPort, int replicaPort, String database) {
        this.bin = bin;
        this.dir = dir;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
        this.database = database;
    }

    /**
     * A primary with one empty database of that name, and its standby, both running. Without the
     * machine's binaries the test is skipped on a laptop and fails under CI ({@code CI=true}).
     */
    public static StreamingReplica withDatabase(String database) throws Exception {
        Path bin = machineBinaries();
        Path dir = Files.createTempDirectory("devices-replica");
        StreamingReplica pair = new StreamingReplica(bin, dir, PackagedService.freePort(), PackagedService.freePort(), database);
        try {
            pair.create();
            return pair;
        } catch (Exception | Error e) {
            pair.close(); // whatever started so far
            throw e;
        }
    }

    private void create() throws Exception {
        if (ROOT) {
            run("chown", "postgres:postgres", dir.toString()); // initdb and postgres refuse to run as root
        }
        pg("initdb", "-D", primaryDir(), "--auth=trust", "-U", "postgres", "--no-sync");
        startServer(primaryDir(), primaryPort, "primary.log");
        try (Connection admin = DriverManager.getConnection(url(primaryPort, "postgres"), "postgres", null);
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        pg("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", "postgres",
                "-D", replicaDir(), "-R", "-X", "stream", "-c", "fast", "--no-sync");
        startReplica();
    }

    public String primaryUrl() {
        return url(primaryPort, database);
    }

    public String replicaUrl() {
        return url(replicaPort, database);
    }

    /** The statements the standby has run so far, in its log's words. */
    public String replicaLog() throws IOException {
        return Files.readString(dir.resolve("replica.log"));
    }

    /** The first column of every row, read on the standby (over a connection of its own). */
    public List<String> onReplica(String sql) throws SQLException {
        return Rows.firstColumn(replicaUrl(), sql);
    }

    /**
     * From now on the standby applies each commit only once it is {@code delay} old ("0" applies at
     * once again); set in its configuration file, as ALTER SYSTEM is not for standbys.
     */
    public void delayReplay(String delay) throws Exception {
        Files.writeString(Path.of(replicaDir(), "postgresql.conf"), "\nrecovery_min_apply_delay = '" + delay + "'\n",
                java.nio.file.StandardOpenOption.APPEND);
        pg("pg_ctl", "-D", replicaDir(), "reload");
        Thread.sleep(1_000); // a reload is a signal: give the startup process a moment to read it
    }

    /** The standby goes away at once, as a crashed server would. */
    public void stopReplica() throws Exception {
        pg("pg_ctl", "-D", replicaDir(), "-m", "immediate", "-w", "stop");
    }

    /** Every process of the standby stops where it is (SIGSTOP): it keeps its sockets and answers nothing. */
    public void freezeReplica() throws Exception {
        signalReplica("-STOP");
    }

    public void thawReplica() throws Exception {
        signalReplica("-CONT");
    }

    private void signalReplica(String signal) throws Exception {
        String postmaster = Files.readAllLines(Path.of(replicaDir(), "postmaster.pid")).get(0).trim();
        run("sh", "-c", "kill " + signal + " " + postmaster + " $(pgrep -P " + postmaster + ")");
    }

    public void startReplica() throws Exception {
        startServer(replicaDir(), replicaPort, "replica.log", "-c", "log_statement=all");
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(Path.of(replicaDir(), "postmaster.pid"))) {
            thawReplica(); // a stopped process would not act on the stop's signal
        }
        for (String data : List.of(replicaDir(), primaryDir())) {
            if (Files.exists(Path.of(data, "postmaster.pid"))) {
                pg("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void startServer(String data, int port, String log, String... settings) throws Exception {
        StringBuilder options = new StringBuilder("-p " + port + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c unix_socket_directories=" + dir);
        for (String setting : settings) {
            options.append(' ').append(setting);
        }
        pg("pg_ctl", "-D", data, "-o", options.toString(), "-l", dir.resolve(log).toString(), "-w", "-t", "60", "start");
    }

    private String primaryDir() {
        return dir.resolve("primary").toString();
    }

    private String replicaDir() {
        return dir.resolve("replica").toString();
    }

    private String url(int port, String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    /** One of the machine's PostgreSQL programs, as the postgres user when the tests run as root. */
    private void pg(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** The newest {@code /usr/lib/postgresql/<major>/bin} that has pg_basebackup (DEVICES_TEST_PG_BIN overrides). */
    private static Path machineBinaries() throws IOException {
        String configured = System.getenv("DEVICES_TEST_PG_BIN");
        Path found = null;
        if (configured != null) {
            found = Path.of(configured);
        } else if (Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try (Stream<Path> majors = Files.list(Path.of("/usr/lib/postgresql"))) {
                found = majors.map(major -> major.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_basebackup")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
            }
        }
        if (found == null || !Files.isExecutable(found.resolve("pg_basebackup"))) {
            String missing = "no PostgreSQL server binaries with pg_basebackup under /usr/lib/postgresql (CI machines have them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(missing);
            }
            Assumptions.abort(missing);
        }
        return found;
    }
}
