package dev.devices.bootstrap.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto of a test's own, from the machine's binaries, on a free port: either open to anyone, or
 * with the dynamic-security plugin and one administrator account (no anonymous clients). Never the
 * machine's shared broker, so its configuration and state are the test's alone.
 */
public final class TestMosquitto implements AutoCloseable {

    public static final String MOSQUITTO = "/usr/sbin/mosquitto";
    public static final String ADMIN = "service-admin";
    public static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    private static final String PLUGIN = "/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so";

    private final Process process;
    private final int port;
    private final Path dir;

    private TestMosquitto(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** A broker that lets anyone in, as a development broker does. */
    public static TestMosquitto open() throws Exception {
        return start(false, "");
    }

    /**
     * As {@link #open}, delivering a client's QoS 1 messages one at a time: Mosquitto keeps them in the
     * order it received them only so (its documentation of {@code max_inflight_messages}).
     */
    public static TestMosquitto openInOrder() throws Exception {
        return start(false, "max_inflight_messages 1\n");
    }

    /** A broker with the dynamic-security plugin: only clients it knows get in; {@link #ADMIN} may do anything. */
    public static TestMosquitto withDynamicSecurity() throws Exception {
        return start(true, "");
    }

    private static TestMosquitto start(boolean dynamicSecurity, String settings) throws Exception {
        Path dir = Files.createTempDirectory("test-mosquitto");
        // Mosquitto started as root runs as the 'mosquitto' user: it must be able to write its plugin's file
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = PackagedService.freePort();
        StringBuilder config = new StringBuilder("listener " + port + " 127.0.0.1\npersistence false\n" + settings);
        if (dynamicSecurity) {
            Path security = dir.resolve("dynamic-security.json");
            Process init = new ProcessBuilder("mosquitto_ctrl", "dynsec", "init", security.toString(), ADMIN, ADMIN_PASSWORD)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("init.log").toFile()).start();
            if (!init.waitFor(10, TimeUnit.SECONDS) || init.exitValue() != 0) {
                throw new IllegalStateException("mosquitto_ctrl dynsec init failed: " + Files.readString(dir.resolve("init.log")));
            }
            Files.setPosixFilePermissions(security, PosixFilePermissions.fromString("rw-rw-rw-"));
            config.append("allow_anonymous false\nplugin ").append(PLUGIN).append("\nplugin_opt_config_file ")
                    .append(security).append('\n');
        } else {
            config.append("allow_anonymous true\n");
        }
        Path file = dir.resolve("mosquitto.conf");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(MOSQUITTO, "-c", file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        TestMosquitto broker = new TestMosquitto(process, port, dir);
        broker.awaitListening(Duration.ofSeconds(10));
        return broker;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(dir.resolve("mosquitto.log"));
    }

    private void awaitListening(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto exited: " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto not listening on " + port + ": " + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
