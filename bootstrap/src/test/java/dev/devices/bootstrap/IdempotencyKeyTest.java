package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on POST (beyond.md §2): a retry of the same request gets the first answer and
 * changes nothing; another request under the key is 422; tries at once make one effect; keys are
 * the caller's own.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String CREATE = "/api/v1/organization/device/create";

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void aRetriedCreateGetsTheFirstAnswerAndMakesNoSecondDevice() {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("templateId", template, "name", "Once");

        ExtractableResponse<Response> first = org.as().header("Idempotency-Key", key).body(body).post(CREATE)
                .then().statusCode(201).extract();
        assertThat(first.header("Idempotency-Replayed")).isNull();
        // the same request again, its JSON written differently: the first answer, marked as given again
        ExtractableResponse<Response> again = org.as().header("Idempotency-Key", key)
                .body("{ \"name\": \"Once\",   \"templateId\": " + template + " }").post(CREATE)
                .then().statusCode(201).header("Idempotency-Replayed", "true").extract();
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(devicesOf(org)).isEqualTo(1);

        // another request under the same key: refused, nothing done
        org.as().header("Idempotency-Key", key).body(Map.of("templateId", template, "name", "Twice")).post(CREATE)
                .then().statusCode(422).body("error.message", equalTo("Idempotency-Key was used with a different request."));
        org.as().header("Idempotency-Key", key).body(body).post(CREATE + "?baseInfo=true").then().statusCode(422);
        assertThat(devicesOf(org)).isEqualTo(1);

        // without a key, or with another, it runs
        org.as().body(body).post(CREATE).then().statusCode(201).header("Idempotency-Replayed", (String) null);
        org.as().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(CREATE).then().statusCode(201);
        assertThat(devicesOf(org)).isEqualTo(3);
    }

    @Test
    void triesOfOneKeyAtOnceMakeOneDevice() {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        String key = UUID.randomUUID().toString();
        HttpClient http = HttpClient.newHttpClient();
        List<HttpResponse<String>> answers = IntStream.range(0, 20).mapToObj(i -> http.sendAsync(
                        HttpRequest.newBuilder(base.resolve(CREATE.substring(1)))
                                .header("Authorization", "Bearer " + org.token()).header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"templateId\": " + template + ", \"name\": \"Raced\"}"))
                                .build(), HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(201, 409));
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(a -> assertThat(a.body())
                .contains("A request with this Idempotency-Key is still being processed."));
        List<String> created = answers.stream().filter(a -> a.statusCode() == 201).map(HttpResponse::body).distinct().toList();
        assertThat(created).hasSize(1);
        assertThat(devicesOf(org)).isEqualTo(1);
    }

    /**
     * The key is held in the database, not in this instance: while another instance holds it (here a
     * connection of the test's own, taking the same lock) the try is 409; once released, it runs.
     */
    @Test
    void aKeyHeldByAnotherInstanceIsAnswered409UntilItIsFree() throws Exception {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("templateId", template, "name", "Elsewhere");
        try (Connection elsewhere = dataSource.getConnection()) {
            elsewhere.setAutoCommit(false);
            try (PreparedStatement hold = elsewhere.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(? || ' ' || ?, 0))")) {
                hold.setString(1, org.id() + "/" + org.clientId() + "/-");
                hold.setString(2, key);
                hold.execute();
            }
            org.as().header("Idempotency-Key", key).body(body).post(CREATE).then().statusCode(409)
                    .body("error.message", equalTo("A request with this Idempotency-Key is still being processed."));
            elsewhere.rollback();
        }
        int created = org.as().header("Idempotency-Key", key).body(body).post(CREATE).then().statusCode(201).extract().path("id");
        int replayed = org.as().header("Idempotency-Key", key).body(body).post(CREATE).then().statusCode(201)
                .header("Idempotency-Replayed", "true").extract().path("id");
        assertThat(replayed).isEqualTo(created);
        assertThat(devicesOf(org)).isEqualTo(1);
    }

    @Test
    void aRotationOrATransferRetriedIsNotDoneTwiceAndAStaleIfMatchIsGivenAgainWithItsETag() {
        Org org = Api.newOrg();
        Org sub = Api.newSubOrg(org);
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Keyed");
        String key = UUID.randomUUID().toString();
        String token = org.as().header("Idempotency-Key", key).body(Map.of("deviceId", device))
                .post("/api/v1/organization/device/token/rotate").then().statusCode(200).extract().path("token");
        org.as().header("Idempotency-Key", key).body(Map.of("deviceId", device)).post("/api/v1/organization/device/token/rotate")
                .then().statusCode(200).header("Idempotency-Replayed", "true").header("Cache-Control", "no-store")
                .body("token", equalTo(token));
        assertThat(org.as().get("/api/v1/organization/device?deviceId=" + device).then().extract().<String>path("token"))
                .isEqualTo(token);

        String stale = "\"" + device + ".1\"";
        String current = org.as().get("/api/v1/organization/device?deviceId=" + device).then().extract().header("ETag");
        String staleKey = UUID.randomUUID().toString();
        Map<String, Object> move = Map.of("deviceId", device, "newOrgId", sub.id());
        for (int i = 0; i < 2; i++) {
            org.as().header("Idempotency-Key", staleKey).header("If-Match", stale).body(move)
                    .post("/api/v1/organization/device/transfer/to-organization").then().statusCode(412).header("ETag", current);
        }
        org.as().get("/api/v1/organization/device?deviceId=" + device).then().body("orgId", equalTo(org.id()));
    }

    @Test
    void anUpdateOfAnOAuthClientAnswersOnce() {
        Org org = Api.newOrg();
        String clientId = org.as().body(Map.of("name", "switched")).post("/api/v1/organization/oauth/clients/create")
                .then().statusCode(201).extract().path("clientId");
        String key = UUID.randomUUID().toString();
        Map<String, Object> off = Map.of("clientId", clientId, "platformApiScope", false);
        org.as().header("Idempotency-Key", key).body(off).post("/api/v1/organization/oauth/clients/update").then()
                .statusCode(200).body("platformApiScope", equalTo(false));
        org.as().header("Idempotency-Key", key).body(off).post("/api/v1/organization/oauth/clients/update").then()
                .statusCode(200).header("Idempotency-Replayed", "true").body("platformApiScope", equalTo(false));
    }

    @Test
    void aRefusalIsGivenAgain() {
        Org org = Api.newOrg();
        String key = UUID.randomUUID().toString();
        Map<String, Object> unknownTemplate = Map.of("templateId", 999_999_999, "name", "Nowhere");
        org.as().header("Idempotency-Key", key).body(unknownTemplate).post(CREATE).then().statusCode(404)
                .header("Idempotency-Replayed", (String) null);
        org.as().header("Idempotency-Key", key).body(unknownTemplate).post(CREATE).then().statusCode(404)
                .header("Idempotency-Replayed", "true").body("error.message", equalTo("Template is not found."));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM idempotency_key WHERE key = ?", key)).isEqualTo(1);
    }

    @Test
    void keysAreTheCallersOwn() {
        Org org = Api.newOrg();
        Org other = Api.newOrg();
        String key = UUID.randomUUID().toString();
        org.as().header("Idempotency-Key", key).body(Map.of("templateId", Api.newTemplate(org.token()).get("id"), "name", "Mine"))
                .post(CREATE).then().statusCode(201);
        other.as().header("Idempotency-Key", key).body(Map.of("templateId", Api.newTemplate(other.token()).get("id"),
                "name", "Theirs")).post(CREATE).then().statusCode(201).header("Idempotency-Replayed", (String) null);
        assertThat(devicesOf(org)).isEqualTo(1);
        assertThat(devicesOf(other)).isEqualTo(1);
    }

    @Test
    void otherPostsAnswerOnceToo() {
        Org org = Api.newOrg();
        String key = UUID.randomUUID().toString();
        int tag = org.as().header("Idempotency-Key", key).body(Map.of("name", "once")).post("/api/v1/organization/tag/create")
                .then().statusCode(201).extract().path("id");
        int again = org.as().header("Idempotency-Key", key).body(Map.of("name", "once")).post("/api/v1/organization/tag/create")
                .then().statusCode(201).header("Idempotency-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(tag);
        org.as().body(Map.of("name", "once")).post("/api/v1/organization/tag/create").then().statusCode(409);
    }

    /** Its answer carries the client's secret, which the service keeps only as a digest: never stored, so refused. */
    @Test
    void creatingAnOAuthClientRefusesAKey() {
        Org org = Api.newOrg();
        org.as().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("name", "keyed"))
                .post("/api/v1/organization/oauth/clients/create").then().statusCode(400)
                .body("error.message", equalTo("Idempotency-Key is not accepted here: the answer carries a secret the service"
                        + " does not keep."));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM oauth_client WHERE org_id = ? AND name = 'keyed'", org.id()))
                .isZero();
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        for (String key : List.of("k".repeat(256), "with space", "tab\there", "ünïcode")) {
            org.as().header("Idempotency-Key", key).body(Map.of("templateId", template, "name", "Never")).post(CREATE)
                    .then().statusCode(400)
                    .body("error.message", equalTo("Idempotency-Key must be 1 to 255 visible ASCII characters."));
        }
        assertThat(devicesOf(org)).isZero();
    }

    private long devicesOf(Org org) {
        return new Db(dataSource).count("SELECT count(*) FROM device WHERE org_id = ?", org.id());
    }
}
