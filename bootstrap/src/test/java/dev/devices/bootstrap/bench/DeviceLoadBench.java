package dev.devices.bootstrap.bench;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newOrg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many simulated devices, each writing one value a second over the device HTTP API for a while; then
 * every device's state is checked: last value, connected, activated, exactly one ONLINE and no OFFLINE.
 * A benchmark, not a test: {@code make bench} runs it and writes the figures to docs/benchmarks.md.
 */
@QuarkusTest
@Tag("bench")
class DeviceLoadBench {

    private static final int DEVICES = Integer.getInteger("bench.devices", 1_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int IN_FLIGHT = 64;

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void devicesSendingAValueEverySecondKeepTheirStateRight() throws Exception {
        Org org = newOrg();
        int template = as(org.token()).body("""
                {"name": "Load", "heartbeatSeconds": 60,
                 "dataStreams": [{"label": "Counter", "pin": "v1", "type": "Integer"}]}
                """).post("/api/v1/organization/template/create").then().statusCode(201).extract().path("id");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            tokens.add(as(org.token()).body(Map.of("templateId", template, "name", "Load " + i))
                    .post("/api/v1/organization/device/create").then().statusCode(201).extract().path("token"));
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        int lateSeconds = 0;
        long started = System.nanoTime();
        for (int second = 0; second < SECONDS; second++) {
            long tick = System.nanoTime();
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (String token : tokens) {
                inFlight.acquire();
                long t0 = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(base.resolve("external/api/update?token=" + token + "&v1=" + second))
                        .timeout(Duration.ofSeconds(30)).GET().build();
                sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    inFlight.release();
                    latencies.add(System.nanoTime() - t0);
                    if (error != null || response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            long spent = (System.nanoTime() - tick) / 1_000_000;
            if (spent > 1_000) {
                lateSeconds++;
            } else {
                Thread.sleep(1_000 - spent);
            }
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;

        Db db = new Db(dataSource);
        long lastValueRight = db.count("""
                SELECT count(*) FROM device d JOIN device_datastream_value v ON v.device_id = d.id
                WHERE d.template_id = ? AND v.value = ? AND d.activated_at IS NOT NULL""", template, String.valueOf(SECONDS - 1));
        long connected = db.count("SELECT count(*) FROM device WHERE template_id = ? AND last_seen_at > ?",
                template, System.currentTimeMillis() - 60_000);
        long oneOnlineEach = db.count("""
                SELECT count(*) FROM (SELECT d.id FROM device d JOIN timeline_event e ON e.device_id = d.id
                WHERE d.template_id = ? AND e.event_type = 'ONLINE' GROUP BY d.id HAVING count(*) = 1) x""", template);
        long offline = db.count("""
                SELECT count(*) FROM timeline_event e JOIN device d ON d.id = e.device_id
                WHERE d.template_id = ? AND e.event_type = 'OFFLINE'""", template);
        long history = db.count("""
                SELECT count(*) FROM datastream_history h JOIN device d ON d.id = h.device_id WHERE d.template_id = ?""", template);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long calls = (long) DEVICES * SECONDS;
        String report = """
                Measured %s on %s (%d cores), service and load generator on the same machine, JVM mode, PostgreSQL on
                127.0.0.1. %d devices each sent `GET /external/api/update?token=…&v1=<second>` once a second for %d s
                (%d calls, at most %d in flight).

                | figure | value |
                |---|---|
                | calls answered 200 | %d of %d |
                | achieved rate | %.0f calls/s over %.1f s |
                | seconds whose %d calls took longer than the second | %d of %d |
                | latency p50 / p99 / max | %.1f / %.1f / %.1f ms |
                | devices whose current value is the last one sent, and activated | %d of %d |
                | devices connected at the end | %d of %d |
                | devices with exactly one ONLINE entry / OFFLINE entries in all | %d of %d / %d |
                | history rows written | %d of %d |
                """.formatted(LocalDate.now(), BenchReport.cpu(), Runtime.getRuntime().availableProcessors(), DEVICES, SECONDS,
                calls, IN_FLIGHT, calls - failures.get(), calls, calls / wallSeconds, wallSeconds, DEVICES, lateSeconds,
                SECONDS, BenchReport.percentile(sorted, 50), BenchReport.percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6,
                lastValueRight, DEVICES, connected, DEVICES, oneOnlineEach, DEVICES, offline, history, calls);
        BenchReport.writeSection("device-load", "Device side: 1,000 devices, one value a second", report);
        System.out.println(report);

        assertThat(failures.get()).isZero();
        assertThat(lastValueRight).isEqualTo(DEVICES);
        assertThat(oneOnlineEach).isEqualTo(DEVICES);
        assertThat(offline).isZero();
    }
}
