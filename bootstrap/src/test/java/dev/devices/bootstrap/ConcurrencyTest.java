package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Fifty requests at once against one device: every acknowledged change is applied exactly once, every
 * other one is reported (409, or 400 when it no longer makes sense), and none is lost or half-written.
 * The device's version column counts applied changes, so a lost update would show as a missing increment.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final int WRITERS = 50;

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void concurrentRenamesAreEachAppliedOnceOrReportedAsAConflict() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Contended");
        long versionBefore = version(device);

        List<HttpResponse<String>> answers = all(i -> request(org, "api/v1/organization/device?deviceId=" + device)
                .PUT(body("{\"name\": \"Name " + i + "\"}")).build());

        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < WRITERS; i++) {
            assertThat(answers.get(i).statusCode()).as(answers.get(i).body()).isIn(200, 409);
            if (answers.get(i).statusCode() == 200) {
                acknowledged.add("Name " + i);
            } else {
                assertThat(answers.get(i).body()).contains("changed by another request");
            }
        }
        assertThat(acknowledged).isNotEmpty();
        assertThat(version(device) - versionBefore).isEqualTo(acknowledged.size());
        String finalName = org.as().get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200)
                .extract().path("name");
        assertThat(acknowledged).contains(finalName);
        System.out.printf("[concurrency] renames: %d applied, %d conflicts%n", acknowledged.size(), WRITERS - acknowledged.size());
    }

    @Test
    void concurrentTransfersAreEachRecordedOnceAndNothingHalfWritten() {
        Org org = Api.newOrg();
        Org left = Api.newSubOrg(org);
        Org right = Api.newSubOrg(org);
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Traveller");
        long versionBefore = version(device);

        List<HttpResponse<String>> answers = all(i -> request(org, "api/v1/organization/device/transfer/to-organization")
                .POST(body("{\"deviceId\": " + device + ", \"newOrgId\": " + (i % 2 == 0 ? left : right).id() + "}"))
                .build());

        long moved = answers.stream().filter(a -> a.statusCode() == 204).count();
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(204, 400, 409));
        assertThat(moved).isPositive();
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND description LIKE 'Moved%'", device))
                .isEqualTo(moved);
        assertThat(version(device) - versionBefore).isEqualTo(moved);
        assertThat(db.count("SELECT org_id FROM device WHERE id = ?", device)).isIn((long) left.id(), (long) right.id());
        System.out.printf("[concurrency] transfers: %d applied and recorded, %d refused%n", moved, WRITERS - moved);
    }

    @Test
    void concurrentMetafieldUpdatesLeaveOneOfTheSubmittedValues() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Labelled");
        int serial = org.as().get("/api/v1/organization/device/metafield?deviceId=" + device).then().statusCode(200)
                .extract().jsonPath().getInt("find { it.name == 'Serial' }.id");

        List<HttpResponse<String>> answers = all(i -> request(org, "api/v1/organization/device/metafield")
                .POST(body("{\"deviceId\": " + device + ", \"metaFieldId\": " + serial + ", \"newValue\": \"SN-" + i + "\"}"))
                .build());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(204, 409));
        String value = org.as().get("/api/v1/organization/device/metafield?deviceId=" + device).then().statusCode(200)
                .extract().jsonPath().getString("find { it.name == 'Serial' }.value.value");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            if (answers.get(i).statusCode() == 204) {
                acknowledged.add("SN-" + i);
            }
        }
        assertThat(acknowledged).contains(value);
        System.out.printf("[concurrency] metafield updates: %d acknowledged%n", acknowledged.size());
    }

    @Test
    void concurrentCreatesNeverShareATokenOrAnId() {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        int creates = 4 * WRITERS;

        List<HttpResponse<String>> answers = all(creates, i -> request(org, "api/v1/organization/device/create")
                .POST(body("{\"templateId\": " + template + ", \"name\": \"Batch " + i + "\"}")).build());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM device WHERE org_id = ?", org.id())).isEqualTo(creates);
        assertThat(db.count("SELECT count(DISTINCT token) FROM device WHERE org_id = ?", org.id())).isEqualTo(creates);
    }

    @RepeatedTest(3)
    void parallelTagAssignmentsLeaveExactlyOneOfTheSubmittedSets() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Tagged");
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tags.add(org.as().body(Map.of("name", "tag " + i)).post("/api/v1/organization/tag/create")
                    .then().statusCode(201).extract().path("id"));
        }
        List<List<Integer>> sets = List.of(tags.subList(0, 5), tags.subList(5, 10));

        List<HttpResponse<String>> answers = all(i -> request(org, "api/v1/organization/device/tags")
                .POST(body("{\"deviceId\": " + device + ", \"tagIds\": " + sets.get(i % 2) + "}")).build());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(204));
        List<Integer> onDevice = org.as().get("/api/v1/organization/device/tags?deviceId=" + device)
                .then().statusCode(200).extract().path("id");
        assertThat(onDevice).hasSize(5);
        assertThat(sets).anySatisfy(set -> assertThat(onDevice).containsExactlyInAnyOrderElementsOf(set));
    }

    @RepeatedTest(3)
    void identicalTagAssignmentsAtOnceAllSucceed() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Same tags");
        int tag = org.as().body(Map.of("name", "only")).post("/api/v1/organization/tag/create")
                .then().statusCode(201).extract().path("id");

        List<HttpResponse<String>> answers = all(i -> request(org, "api/v1/organization/device/tags")
                .POST(body("{\"deviceId\": " + device + ", \"tagIds\": [" + tag + "]}")).build());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(204));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM device_tag WHERE device_id = ?", device)).isEqualTo(1);
    }

    @RepeatedTest(5)
    void deletingAUserWhileDevicesAreTransferredToItAnswersEveryCallWithoutA5xx() {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        long user = Api.newUser(org.token(), null, "User");
        List<Integer> devices = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            devices.add(Api.newDevice(org.token(), template, "Moving " + i));
        }

        List<HttpResponse<String>> answers = all(WRITERS + 1, i -> i == WRITERS / 2
                ? request(org, "api/v1/organization/user?userId=" + user).DELETE().build()
                : request(org, "api/v1/organization/device/transfer/to-owner")
                        .POST(body("{\"deviceId\": " + devices.get(i > WRITERS / 2 ? i - 1 : i) + ", \"newUserId\": " + user + "}"))
                        .build());

        assertThat(answers.get(WRITERS / 2).statusCode()).as(answers.get(WRITERS / 2).body()).isEqualTo(204);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(204, 404));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM app_user WHERE id = ?", user)).isZero();
        assertThat(db.count("SELECT count(*) FROM device WHERE owner_user_id = ?", user)).isZero();
    }

    private long version(int device) {
        return new Db(dataSource).count("SELECT version FROM device WHERE id = ?", device);
    }

    private HttpRequest.Builder request(Org org, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + org.token())
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private List<HttpResponse<String>> all(IntFunction<HttpRequest> request) {
        return all(WRITERS, request);
    }

    /** Sends {@code count} requests at once and waits for every answer, in request order. */
    private List<HttpResponse<String>> all(int count, IntFunction<HttpRequest> request) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
