package dev.devices.bootstrap.bench;

import static dev.devices.bootstrap.support.Api.newOrg;

import dev.devices.application.port.in.AuthenticateCallerUseCase;
import dev.devices.application.port.in.AuthenticateCallerUseCase.VerifiedToken;
import dev.devices.application.port.in.ConsumeRateLimitUseCase;
import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the per-call access work costs next to a device GET (D4): the organization's rate limit (a
 * quota leased in blocks, one PostgreSQL upsert per block) and the check that the token's client and
 * organization still exist (made once per token and TTL; timed here unremembered, as its first call
 * pays it), each timed in-process, against the full D4 round trip over HTTP. {@code make bench}
 * writes the figures.
 */
@QuarkusTest
@Tag("bench")
class AccessCostBench {

    private static final int WARM_UP = 1_000;
    private static final int CALLS = Integer.getInteger("bench.access.calls", 5_000);

    @TestHTTPResource("/")
    URI base;

    @Inject
    ConsumeRateLimitUseCase rateLimit;

    @Inject
    AuthenticateCallerUseCase callers;

    @Test
    void theLimiterAndTheCallerCheckCostLittleNextToADeviceGet() throws Exception {
        Org org = newOrg();
        int template = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), template, "Measured");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(base.resolve("api/v1/organization/device?deviceId=" + device))
                .header("Authorization", "Bearer " + org.token()).GET().build();
        VerifiedToken token = new VerifiedToken(org.id(), org.clientId(), null, null);
        int limited = newOrg().id(); // its own quota: the D4 calls above used much of the first one's

        List<Long> deviceGet = time(i -> send(http, get));
        List<Long> limiter = time(i -> rateLimit.consume(limited));
        List<Long> callerCheck = time(i -> callers.authenticate(token));

        double getMean = mean(deviceGet);
        String report = """
                Measured %s on %s (%d cores), JVM mode, PostgreSQL on 127.0.0.1, one call at a time, %d calls each
                after %d to warm up. The D4 figure is the whole HTTP round trip, which already includes one limiter
                count and one caller check; the other two are timed alone, in-process.

                | work | mean | p50 | p99 | share of a D4 GET |
                |---|---|---|---|---|
                | D4 `GET /device` (HTTP round trip) | %.3f ms | %.3f ms | %.3f ms | 100%% |
                | rate limit (quota leased in blocks of up to 100: one upsert per block) | %.3f ms | %.3f ms | %.3f ms | %.1f%% |
                | caller check unremembered (client and organization by primary key; once per token and 5 s) | %.3f ms | %.3f ms | %.3f ms | %.1f%% |

                Target (issue #4): the limiter under 10%% of a device GET.
                """.formatted(LocalDate.now(), BenchReport.cpu(), Runtime.getRuntime().availableProcessors(), CALLS,
                WARM_UP, getMean, p(deviceGet, 50), p(deviceGet, 99),
                mean(limiter), p(limiter, 50), p(limiter, 99), 100 * mean(limiter) / getMean,
                mean(callerCheck), p(callerCheck, 50), p(callerCheck, 99), 100 * mean(callerCheck) / getMean);
        BenchReport.writeSection("access-cost", "Per-call access work: rate limit and caller check", report);
        System.out.println(report);
    }

    private static void send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("D4 answered " + response.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sorted nanosecond timings of {@link #CALLS} runs after {@link #WARM_UP} unmeasured ones. */
    private static List<Long> time(IntConsumer work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.accept(i);
        }
        List<Long> timings = new ArrayList<>(CALLS);
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            work.accept(i);
            timings.add(System.nanoTime() - t0);
        }
        Collections.sort(timings);
        return timings;
    }

    private static double mean(List<Long> nanos) {
        return BenchReport.meanMillis(nanos);
    }

    private static double p(List<Long> sorted, int percentile) {
        return BenchReport.percentile(sorted, percentile);
    }
}
