package dev.devices.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code make run} starts: the packaged service, and, when no database is configured
 * ({@code QUARKUS_DATASOURCE_JDBC_URL} unset), a real PostgreSQL beside it whose data stays in
 * {@code DEVICES_DATA_DIR/postgres} (default {@code .data/postgres}) between runs. Ctrl-C stops both.
 *
 * <p>Usage: {@code java -cp ... dev.devices.embedded.RunWithEmbeddedPostgres path/to/quarkus-run.jar [jvm options]}
 */
public final class RunWithEmbeddedPostgres {

    static final String DATABASE = "devices";
    /** Written beside quarkus-run.jar by a build with quarkus.package.jar.appcds.enabled=true. */
    private static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";
    private static final int STOP_WAIT_SECONDS = 30;

    private RunWithEmbeddedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RunWithEmbeddedPostgres <quarkus-run.jar> [jvm options]");
            System.exit(2);
        }
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        Path dataDir = Path.of(env.getOrDefault("DEVICES_DATA_DIR", ".data")).toAbsolutePath();
        EmbeddedPostgres postgres = null;
        if (isBlank(env.get("QUARKUS_DATASOURCE_JDBC_URL"))) {
            int port = Integer.parseInt(env.getOrDefault("DEVICES_EMBEDDED_PG_PORT", "54329"));
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
                Databases.createIfMissing(admin, DATABASE);
            }
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/" + DATABASE);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            System.out.println("[make run] embedded PostgreSQL on port " + port + ", data in " + dataDir.resolve("postgres"));
        }

        // the service starts in the jar's folder (below): what names a file relative to ours is made absolute
        absolute(env, "DEVICES_AUTH_PRIVATE_KEY_LOCATION", dataDir.resolve("keys/jwt-private.pem"));
        absolute(env, "DEVICES_AUTH_PUBLIC_KEY_LOCATION", dataDir.resolve("keys/jwt-public.pem"));
        File jar = new File(args[0]).getAbsoluteFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : List.of(args).subList(1, args.length)) {
            command.add(option.startsWith("@") ? "@" + Path.of(option.substring(1)).toAbsolutePath() : option);
        }
        // the class-data archive of `make build` names the class path relative to the jar's folder, so
        // the service starts there; without an archive (or from another JDK) the JVM loads classes as usual
        if (new File(jar.getParentFile(), CLASS_DATA_ARCHIVE).isFile()) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.add("-jar");
        command.add(jar.getName());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO().directory(jar.getParentFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process service = builder.start();

        EmbeddedPostgres database = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, database), "stop-service"));
        int exit = service.waitFor();
        System.exit(exit);
    }

    /** The setting as an absolute path: the given one resolved against our folder, or the default. */
    private static void absolute(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        env.put(name, isBlank(value) ? fallback.toString() : Path.of(value).toAbsolutePath().toString());
    }

    /** Lets the service finish first (it gets Ctrl-C too, or a SIGTERM from us), then stops the database. */
    private static void stop(Process service, EmbeddedPostgres postgres) {
        try {
            if (service.isAlive()) {
                service.destroy();
                if (!service.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            System.err.println("[make run] while stopping: " + e.getMessage());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
