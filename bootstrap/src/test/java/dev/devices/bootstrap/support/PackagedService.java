package dev.devices.bootstrap.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The packaged service ({@code target/quarkus-app}) started as its own process, the way it runs in
 * production, for tests and benchmarks that need a real process: restarts, signals, memory.
 */
public final class PackagedService implements AutoCloseable {

    public static final String CLIENT_ID = "packaged-client";
    /** 32 characters or more: stored as a digest, like the secrets the service generates. */
    public static final String CLIENT_SECRET = "packaged-secret-0123456789-abcdefghij";

    private final Process process;
    private final String base;
    private final String management;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedService(Process process, String base, String management, Path log) {
        this.process = process;
        this.base = base;
        this.management = management;
        this.log = log;
    }

    /**
     * Starts the service on a free port (and its management interface on another) against that database;
     * {@code extraEnv} adds or overrides settings.
     */
    public static PackagedService start(String jdbcUrl, String user, String password, Path keysDir, Path log,
                                        Map<String, String> extraEnv) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        // started as it ships: with the heap and GC of jvm.options, from the jar's folder, with the
        // class-data archive where the build made one (make bench does; it names paths from there)
        Path app = Path.of("target", "quarkus-app").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(java, "@" + Path.of("jvm.options").toAbsolutePath()));
        if (Files.isRegularFile(app.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile())
                .redirectErrorStream(true).redirectOutput(log.toAbsolutePath().toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        if (password != null) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        }
        env.put("DEVICES_BOOTSTRAP_CLIENT_ID", CLIENT_ID);
        env.put("DEVICES_BOOTSTRAP_CLIENT_SECRET", CLIENT_SECRET);
        env.put("DEVICES_AUTH_PRIVATE_KEY_LOCATION", keysDir.resolve("private.pem").toString());
        env.put("DEVICES_AUTH_PUBLIC_KEY_LOCATION", keysDir.resolve("public.pem").toString());
        env.putAll(new HashMap<>(extraEnv));
        return new PackagedService(builder.start(), "http://127.0.0.1:" + port, "http://127.0.0.1:" + managementPort, log);
    }

    public String base() {
        return base;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Polls the health check ({@code "ready"}, {@code "live"}) on the management port until its status satisfies {@code wanted}. */
    public HttpResponse<String> waitForHealth(String check, IntPredicate wanted, Duration within) throws Exception {
        return waitFor(URI.create(management + "/q/health/" + check), wanted, within);
    }

    /** Polls {@code path} until its status satisfies {@code wanted}; the last answer. */
    public HttpResponse<String> waitFor(String path, IntPredicate wanted, Duration within) throws Exception {
        return waitFor(URI.create(base + path), wanted, within);
    }

    private HttpResponse<String> waitFor(URI uri, IntPredicate wanted, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service process ended; see " + log);
            }
            try {
                last = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (wanted.test(last.statusCode())) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError(uri + " did not answer as expected within " + within + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    /** One call; a bearer token when given, else the first client's Basic credentials on /oauth2. */
    public HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        } else if (path.startsWith("/oauth2")) {
            request.header("Authorization", basicAuthorization());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    }

    /** Peak resident memory of the process so far (VmHWM), in MiB. */
    public long peakRssMiB() throws IOException {
        return statusKiB("VmHWM") / 1024;
    }

    private long statusKiB(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException(field + " not in /proc status");
    }

    /** SIGTERM, and waits for the process to end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
