package dev.devices.bootstrap.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** A service the machine runs for the tests (the MQTT broker, Redis), which a test needs answering. */
public final class MachineService {

    private MachineService() {
    }

    /**
     * Returns when {@code host:port} accepts a connection. Otherwise the test is skipped on a laptop,
     * and fails under CI ({@code CI=true}), where machines run the service.
     */
    public static void require(String what, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
        } catch (Exception e) {
            String missing = "no " + what + " on " + host + ":" + port + " (CI machines run one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(missing, e);
            }
            Assumptions.abort(missing);
        }
    }
}
