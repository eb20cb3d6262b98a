package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A device's own calls at once, as a device with several tasks (or a retrying HTTP library) sends
 * them: every call is answered 200 and every value and event it carried is stored; the device comes
 * online exactly once. Before a device's calls held its row, they raced on its version and lost.
 */
@QuarkusTest
@TestProfile(DeviceConcurrencyTest.Unlimited.class)
class DeviceConcurrencyTest {

    private static final int CALLS = 50;
    private static final String API = "/api/v1/organization/device";

    /** The per-device call limit out of the way: this test is about the calls' own race. */
    public static class Unlimited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("devices.device-api.rate-limit-per-second", "100000");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @RepeatedTest(3)
    void parallelValuesOfOneDeviceAreAllStored() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Busy");
        String token = token(org, device);

        List<HttpResponse<String>> answers = all(i -> get("external/api/update?token=" + token + "&v1=" + (i % 80)));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM datastream_history WHERE device_id = ?", device)).isEqualTo(CALLS);
        assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'ONLINE'", device))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM device WHERE id = ? AND activated_at IS NOT NULL", device)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void parallelEventsAndReportsOfOneDeviceAreAllRecorded() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Chatty");
        String token = token(org, device);

        List<HttpResponse<String>> answers = all(i -> i % 2 == 0
                ? get("external/api/logEvent?token=" + token + "&code=too_hot&description=" + i)
                : HttpRequest.newBuilder(base.resolve("external/api/hardwareInfo?token=" + token))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"version\": \"1." + i + "\"}")).build());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'WARNING'", device))
                .isEqualTo(CALLS / 2);
        assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'ONLINE'", device))
                .isEqualTo(1);
    }

    /**
     * A clear takes the device before its values, as the device's own calls do: before it did, a clear
     * deleting values while a call held the device and wrote one deadlocked, and PostgreSQL failed one (500).
     */
    @RepeatedTest(3)
    void clearingDataWhileTheDeviceWritesValuesAnswersEveryCall() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Cleared");
        String token = token(org, device);

        List<HttpResponse<String>> answers = all(i -> i % 5 == 0
                ? HttpRequest.newBuilder(base.resolve(API.substring(1) + "/clear?deviceId=" + device))
                        .header("Authorization", "Bearer " + org.token()).DELETE().build()
                : get("external/api/update?token=" + token + "&v1=" + (i % 80)));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 204));
    }

    private String token(Org org, int device) {
        return org.as().get(API + "?deviceId=" + device).then().statusCode(200).extract().path("token");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET().build();
    }

    /** Sends the calls at once and waits for every answer, in call order. */
    private List<HttpResponse<String>> all(IntFunction<HttpRequest> request) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            sent.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
