package dev.devices.adapter.counters.redis;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A Redis for the tests, in a key space of this run's own: {@code DEVICES_TEST_REDIS_URL} when set, else
 * the one on 127.0.0.1:6379 when it answers (CI machines run one), else a {@code redis-server} from the
 * machine's binaries started on a free port for this run. Every key the counters write expires by itself.
 */
public class TestRedis implements QuarkusTestResourceLifecycleManager {

    private Process started;

    /**
     * Whether the tests can have a Redis: under CI (CI=true) always, so that a missing one fails them;
     * elsewhere when one answers or the machine has {@code redis-server} (a laptop without either skips them).
     */
    public static boolean available() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("DEVICES_TEST_REDIS_URL") != null
                || answers(6379) || onPath("redis-server");
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @Override
    public Map<String, String> start() {
        String url = System.getenv("DEVICES_TEST_REDIS_URL");
        if (url == null) {
            url = answers(6379) ? "redis://127.0.0.1:6379" : startOwn();
        }
        return Map.of("quarkus.redis.hosts", url,
                "devices.counters.redis.key-prefix", "devices-test-" + UUID.randomUUID() + ":");
    }

    private String startOwn() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile("test-redis", ".log");
            started = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            for (int i = 0; i < 100 && !answers(port); i++) {
                Thread.sleep(100);
            }
            if (!answers(port)) {
                throw new IllegalStateException("redis-server did not start: " + Files.readString(log));
            }
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new IllegalStateException("No Redis on 127.0.0.1:6379 and no redis-server to start one"
                    + " (install the package redis-server, or set DEVICES_TEST_REDIS_URL)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (started != null) {
            started.destroy();
        }
    }
}
