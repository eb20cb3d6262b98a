package dev.devices.bootstrap.bench;

import static dev.devices.bootstrap.support.Api.newOrg;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the safe-write headers cost (issue #16): D5 with and without If-Match (the device locked and
 * its version compared first), D8 with and without an Idempotency-Key (the key held, looked up and
 * the answer stored), each against the plain call of the same run, one call at a time over HTTP.
 * {@code make bench} writes the figures.
 */
@QuarkusTest
@Tag("bench")
class WriteSafetyCostBench {

    private static final int WARM_UP = 500;
    private static final int CALLS = Integer.getInteger("bench.safety.calls", 3_000);

    @TestHTTPResource("/")
    URI base;

    @Test
    void ifMatchAndIdempotencyKeysCostLittleNextToTheWritesTheyGuard() throws Exception {
        // an organization per pair: each stays within its 10,000 calls a minute
        Org org = newOrg();
        Org creator = newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Measured");
        Object template = Api.newTemplate(creator.token()).get("id");
        // the same name each time: the configuration does not change, so one ETag stays current
        String etag = org.as().get("/api/v1/organization/device?deviceId=" + device).then().extract().header("ETag");
        HttpClient http = HttpClient.newHttpClient();
        String createBody = "{\"templateId\": " + template + ", \"name\": \"Created\"}";

        List<List<Long>> renames = alternately(i -> rename(org, device, null), i -> rename(org, device, etag), http, 200);
        List<List<Long>> creates = alternately(i -> post(creator, createBody, null),
                i -> post(creator, createBody, UUID.randomUUID().toString()), http, 201);
        List<Long> rename = renames.get(0);
        List<Long> renameIfMatch = renames.get(1);
        List<Long> create = creates.get(0);
        List<Long> createKeyed = creates.get(1);

        String report = """
                Measured %s on %s (%d cores), JVM mode, PostgreSQL on 127.0.0.1, one call at a time over HTTP,
                %d calls each after %d to warm up; the two calls of a pair alternate, so that warm-up and the
                machine's noise fall on both alike and the ratio is what the header adds.

                | call | mean | p50 | p99 | against the plain call |
                |---|---|---|---|---|
                | D5 rename (same name) | %.3f ms | %.3f ms | %.3f ms | 1.00 |
                | D5 rename with `If-Match` (device locked, version compared, new ETag read) | %.3f ms | %.3f ms | %.3f ms | %.2f |
                | D8 create | %.3f ms | %.3f ms | %.3f ms | 1.00 |
                | D8 create with a new `Idempotency-Key` (key held, looked up, answer stored) | %.3f ms | %.3f ms | %.3f ms | %.2f |

                Target (issue #16): each header adds at most a quarter to the call it guards (ratio <= 1.25).
                """.formatted(LocalDate.now(), BenchReport.cpu(), Runtime.getRuntime().availableProcessors(), CALLS, WARM_UP,
                mean(rename), p(rename, 50), p(rename, 99),
                mean(renameIfMatch), p(renameIfMatch, 50), p(renameIfMatch, 99), mean(renameIfMatch) / mean(rename),
                mean(create), p(create, 50), p(create, 99),
                mean(createKeyed), p(createKeyed, 50), p(createKeyed, 99), mean(createKeyed) / mean(create));
        BenchReport.writeSection("write-safety", "What If-Match and Idempotency-Key cost on D5 and D8", report);
        System.out.println(report);
    }

    private HttpRequest rename(Org org, int device, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/organization/device?deviceId=" + device))
                .header("Authorization", "Bearer " + org.token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Measured\"}"));
        return ifMatch == null ? request.build() : request.header("If-Match", ifMatch).build();
    }

    private HttpRequest post(Org org, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/organization/device/create"))
                .header("Authorization", "Bearer " + org.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return key == null ? request.build() : request.header("Idempotency-Key", key).build();
    }

    /** Sorted nanosecond timings of {@link #CALLS} requests of each kind, taken in turn, after {@link #WARM_UP} of each. */
    private static List<List<Long>> alternately(IntFunction<HttpRequest> plain, IntFunction<HttpRequest> guarded,
                                                HttpClient http, int expected) throws Exception {
        List<IntFunction<HttpRequest>> kinds = List.of(plain, guarded);
        for (int i = 0; i < WARM_UP; i++) {
            for (IntFunction<HttpRequest> kind : kinds) {
                send(http, kind.apply(i), expected);
            }
        }
        List<List<Long>> timings = List.of(new ArrayList<>(CALLS), new ArrayList<>(CALLS));
        for (int i = 0; i < CALLS; i++) {
            for (int k = 0; k < kinds.size(); k++) {
                HttpRequest next = kinds.get(k).apply(i);
                long t0 = System.nanoTime();
                send(http, next, expected);
                timings.get(k).add(System.nanoTime() - t0);
            }
        }
        timings.forEach(Collections::sort);
        return timings;
    }

    private static void send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double mean(List<Long> nanos) {
        return BenchReport.meanMillis(nanos);
    }

    private static double p(List<Long> sorted, int percentile) {
        return BenchReport.percentile(sorted, percentile);
    }
}
