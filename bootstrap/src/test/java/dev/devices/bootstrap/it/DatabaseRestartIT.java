package dev.devices.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.PackagedService;
import dev.devices.bootstrap.support.StoppablePostgres;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service against a PostgreSQL this test starts, stops and starts again (never the
 * machine's shared server). While the database is down, readiness is DOWN and API calls answer 503
 * with the error body within a bounded time; once it is back, the same process serves again and
 * everything acknowledged before the outage is still there. Then SIGTERM with a request in flight.
 */
class DatabaseRestartIT {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Path LOG = Path.of("target", "database-restart-it.log");

    private StoppablePostgres postgres;
    private PackagedService service;

    @Test
    void anOutageIs503AndReadinessDownThenTheServiceRecoversWithoutARestart() throws Exception {
        postgres = StoppablePostgres.withDatabase("devices_restart");
        service = PackagedService.start(postgres.jdbcUrl(), "postgres", null,
                Path.of("target", "devices-restart-keys").toAbsolutePath(), LOG, Map.of("DEVICES_AUTH_ARGON2_MEMORY_KIB", "1024", "DEVICES_AUTH_ARGON2_ITERATIONS", "1"));
        service.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(60));

        String token = jsonField(service.call("POST", "/oauth2/token?grant_type=client_credentials", null, null), "access_token");
        int template = Integer.parseInt(jsonField(service.call("POST", "/api/v1/organization/template/create", token,
                "{\"name\": \"Restart\"}"), "id"));
        HttpResponse<String> created = service.call("POST", "/api/v1/organization/device/create", token,
                "{\"templateId\": " + template + ", \"name\": \"Before the outage\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String deviceId = jsonField(created, "id");

        postgres.stop(); // the database goes away under the running service

        long down = System.nanoTime();
        HttpResponse<String> readiness = service.waitForHealth("ready", status -> status == 503, BOUND);
        assertThat(readiness.body()).contains("DOWN");
        for (String[] request : new String[][] {
                {"GET", "/api/v1/organization/device?deviceId=" + deviceId, null},
                {"POST", "/api/v1/organization/device/create", "{\"templateId\": " + template + ", \"name\": \"During\"}"}}) {
            long t0 = System.nanoTime();
            HttpResponse<String> answer = service.call(request[0], request[1], token, request[2]);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.body()).startsWith("{\"error\":{\"message\":").doesNotContain("Exception", "SQL", "at ");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(BOUND);
        }
        HttpResponse<String> tokenWhileDown = service.call("POST", "/oauth2/token?grant_type=client_credentials", null, null);
        assertThat(tokenWhileDown.statusCode()).isEqualTo(503);
        assertThat(tokenWhileDown.body()).doesNotContain("Exception", "SQL");
        System.out.printf("[restart-it] outage noticed by readiness within %d ms%n", (System.nanoTime() - down) / 1_000_000);

        postgres.start(); // same data, same port

        long back = System.nanoTime();
        service.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(30));
        System.out.printf("[restart-it] ready again %d ms after the database%n", (System.nanoTime() - back) / 1_000_000);
        HttpResponse<String> device = service.call("GET", "/api/v1/organization/device?deviceId=" + deviceId, token, null);
        assertThat(device.statusCode()).isEqualTo(200);
        assertThat(device.body()).contains("Before the outage");
        String list = service.call("GET", "/api/v1/organization/devices", token, null).body();
        assertThat(list).contains("Before the outage").doesNotContain("During");

        requestInFlightAtSigtermIsAnswered(token, template);

        assertThat(service.log()).as("the service's log").contains("Data store unreachable")
                .doesNotContain(PackagedService.CLIENT_SECRET, token, jsonField(created, "token"), "PRIVATE KEY",
                        "sha256$", "$argon2id$");
    }

    /**
     * SIGTERM while a request is still arriving: the service stops taking new connections but answers
     * it (quarkus.shutdown.timeout bounds the wait), then exits.
     */
    private void requestInFlightAtSigtermIsAnswered(String token, int template) throws Exception {
        byte[] body = ("{\"templateId\": " + template + ", \"name\": \"In flight\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", URI.create(service.base()).getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/organization/device/create HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(300);
            service.process().destroy(); // SIGTERM with the request half sent
            Thread.sleep(1_000);
            out.write(body, 10, body.length - 10);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 201");
        }
        assertThat(service.process().waitFor(30, TimeUnit.SECONDS)).as("service stopped after SIGTERM").isTrue();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static String jsonField(HttpResponse<String> response, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"?([^\",}]+)").matcher(response.body());
        assertThat(m.find()).as(field + " in " + response.statusCode() + " " + response.body()).isTrue();
        return m.group(1);
    }
}
