package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * ETag, If-None-Match and If-Match on one device (beyond.md §1): the ETag follows the device's
 * configuration (name, organization, owner, tags, metafields) and nothing the device reports; a stale
 * If-Match is refused with 412 and the current ETag, changing nothing; writers naming the same ETag
 * at once: one wins, every other one is told 412.
 */
@QuarkusTest
class ConditionalWritesTest {

    private static final String DEVICE = "/api/v1/organization/device";
    private static final String STALE = "The device was changed since the version given in If-Match.";

    @TestHTTPResource("/")
    URI base;

    @Test
    void theDetailAndTheBaseInfoCarryTheETagAndAnUnchangedOneIsNotSentAgain() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Tagged");
        String etag = etag(org, device);
        assertThat(etag).matches("\"[^\"]+\"");
        assertThat(org.as().get(DEVICE + "/baseInfo?deviceId=" + device).then().statusCode(200).extract().header("ETag"))
                .isEqualTo(etag);

        org.as().header("If-None-Match", etag).get(DEVICE + "?deviceId=" + device).then()
                .statusCode(304).header("ETag", etag).body(emptyString());
        org.as().header("If-None-Match", "W/" + etag).get(DEVICE + "/baseInfo?deviceId=" + device).then().statusCode(304);
        org.as().header("If-None-Match", "\"other\", " + etag).get(DEVICE + "?deviceId=" + device).then().statusCode(304);
        org.as().header("If-None-Match", "\"other\"").get(DEVICE + "?deviceId=" + device).then()
                .statusCode(200).header("ETag", etag).body("name", equalTo("Tagged"));
        // never stored by a cache: a browser revalidating on its own would show old telemetry behind 304s
        org.as().get(DEVICE + "?deviceId=" + device).then().header("Cache-Control", "no-store");
        org.as().header("If-None-Match", etag).get(DEVICE + "/baseInfo?deviceId=" + device).then()
                .header("Cache-Control", "no-store");
    }

    @Test
    void aCreatedDeviceAnswersItsETag() {
        Org org = Api.newOrg();
        String created = org.as().body(Map.of("templateId", Api.newTemplate(org.token()).get("id"), "name", "Fresh"))
                .post(DEVICE + "/create").then().statusCode(201).extract().header("ETag");
        int device = org.as().get("/api/v1/organization/devices").then().extract().path("content[0].id");
        assertThat(created).isEqualTo(etag(org, device));
    }

    @Test
    void everyConfigurationChangeMovesTheETag() {
        Org org = Api.newOrg();
        Org sub = Api.newSubOrg(org);
        Map<String, Object> template = Api.newTemplate(org.token());
        int device = Api.newDevice(org.token(), template.get("id"), "Configured");
        long user = Api.newUser(org.token(), null, "User");
        int tag = org.as().body(Map.of("name", "blue")).post("/api/v1/organization/tag/create").then().extract().path("id");
        int serial = org.as().get(DEVICE + "?deviceId=" + device).then().extract().path("metaFieldValues[0].id");

        List<Consumer<Integer>> changes = List.of(
                d -> org.as().body(Map.of("name", "Renamed")).put(DEVICE + "?deviceId=" + d).then().statusCode(200),
                d -> org.as().body(Map.of("deviceId", d, "tagIds", List.of(tag))).post(DEVICE + "/tags").then().statusCode(204),
                d -> org.as().body(Map.of("deviceId", d, "metaFieldId", serial, "newValue", "SN-9"))
                        .post(DEVICE + "/metafield").then().statusCode(204),
                d -> org.as().body(Map.of("deviceId", d, "newUserId", user)).post(DEVICE + "/transfer/to-owner")
                        .then().statusCode(204),
                d -> org.as().delete(DEVICE + "/owner?deviceId=" + d).then().statusCode(204),
                d -> org.as().body(Map.of("deviceId", d, "newOrgId", sub.id())).post(DEVICE + "/transfer/to-organization")
                        .then().statusCode(204));
        String before = etag(org, device);
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).accept(device);
            String after = etag(org, device);
            assertThat(after).as("change %d", i).isNotEqualTo(before);
            before = after;
        }

        // the same configuration again is no change
        org.as().body(Map.of("deviceId", device, "tagIds", List.of(tag))).post(DEVICE + "/tags").then().statusCode(204);
        org.as().body(Map.of("deviceId", device, "metaFieldId", serial, "newValue", "SN-9")).post(DEVICE + "/metafield")
                .then().statusCode(204);
        assertThat(etag(org, device)).isEqualTo(before);
    }

    @Test
    void whatTheDeviceReportsAndItsDataDoNotMoveTheETag() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Reporting");
        String token = org.as().get(DEVICE + "?deviceId=" + device).then().extract().path("token");
        String etag = etag(org, device);
        int dataStream = org.as().get("/api/v1/organization/templates").then().extract().path("content[0].dataStreams[0].id");

        given().get("/external/api/update?token=" + token + "&v1=21.5").then().statusCode(200);
        given().get("/external/api/logEvent?token=" + token + "&code=too_hot").then().statusCode(200);
        given().contentType("application/json").body(Map.of("version", "2.0.0", "boardType", "ESP32"))
                .post("/external/api/hardwareInfo?token=" + token).then().statusCode(200);
        org.as().body(Map.of("deviceId", device, "dataStreamId", dataStream, "value", 20))
                .post(DEVICE + "/datastream").then().statusCode(204);
        org.as().body(Map.of("deviceId", device, "eventCode", "too_hot")).post(DEVICE + "/trigger-event").then().statusCode(204);
        org.as().delete(DEVICE + "/clear?deviceId=" + device).then().statusCode(204);

        assertThat(etag(org, device)).isEqualTo(etag);
        org.as().get(DEVICE + "?deviceId=" + device).then().body("hardwareInfo.version", equalTo("2.0.0"));
    }

    @Test
    void aCurrentIfMatchWritesAndAnswersTheNewETag() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Careful");
        String etag = etag(org, device);

        String renamed = org.as().header("If-Match", etag).body(Map.of("name", "Carefully renamed"))
                .put(DEVICE + "?deviceId=" + device).then().statusCode(200).body("name", equalTo("Carefully renamed"))
                .extract().header("ETag");
        assertThat(renamed).isNotEqualTo(etag).isEqualTo(etag(org, device));

        String cleared = org.as().header("If-Match", "\"other\", " + renamed).delete(DEVICE + "/clear?deviceId=" + device)
                .then().statusCode(204).extract().header("ETag");
        assertThat(cleared).as("clearing data is no configuration change").isEqualTo(renamed);

        org.as().header("If-Match", "*").body(Map.of("name", "Any version")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(200).header("ETag", etag(org, device));
        org.as().header("If-Match", etag(org, device)).delete(DEVICE + "?deviceId=" + device).then().statusCode(204);
        org.as().get(DEVICE + "?deviceId=" + device).then().statusCode(404);
        org.as().header("If-Match", "*").delete(DEVICE + "?deviceId=" + device).then().statusCode(404)
                .body("error.message", equalTo(Api.notFoundMessage(device)));
    }

    @Test
    void aStaleIfMatchChangesNothingOnAnyWriteAndAnswers412WithTheCurrentETag() {
        Org org = Api.newOrg();
        Org other = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Guarded");
        int neighbour = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Neighbour");
        String stale = etag(org, device);
        String current = org.as().body(Map.of("name", "Changed meanwhile")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(200).extract().header("ETag");
        assertThat(current).as("a rename answers the new ETag unasked").isEqualTo(etag(org, device)).isNotEqualTo(stale);
        // the neighbour at the same version: only the device id in the tag tells them apart
        org.as().body(Map.of("name", "Neighbour renamed")).put(DEVICE + "?deviceId=" + neighbour).then().statusCode(200);
        String sameVersion = current.replaceFirst("\"\\d+\\.", "\"" + neighbour + ".");
        assertThat(etag(org, neighbour)).isEqualTo(sameVersion);
        String padded = current.replace(".", ".0");

        for (String ifMatch : List.of(stale, "W/" + current, sameVersion, padded, "\"not-one-of-ours\"")) {
            org.as().header("If-Match", ifMatch).body(Map.of("name", "Lost update")).put(DEVICE + "?deviceId=" + device)
                    .then().statusCode(412).header("ETag", current).body("error.message", equalTo(STALE));
        }
        Org sub = Api.newSubOrg(org);
        long user = Api.newUser(org.token(), null, "User");
        int serial = org.as().get(DEVICE + "?deviceId=" + device).then().extract().path("metaFieldValues[0].id");
        List<Consumer<String>> writes = List.of(
                tag -> org.as().header("If-Match", tag).delete(DEVICE + "?deviceId=" + device).then().statusCode(412),
                tag -> org.as().header("If-Match", tag).body(Map.of("deviceId", device, "tagIds", List.of()))
                        .post(DEVICE + "/tags").then().statusCode(412),
                tag -> org.as().header("If-Match", tag).body(Map.of("deviceId", device, "newUserId", user))
                        .post(DEVICE + "/transfer/to-owner").then().statusCode(412),
                tag -> org.as().header("If-Match", tag).body(Map.of("deviceId", device, "newOrgId", sub.id()))
                        .post(DEVICE + "/transfer/to-organization").then().statusCode(412),
                tag -> org.as().header("If-Match", tag).body(Map.of("deviceId", device, "newOrgId", sub.id()))
                        .post(DEVICE + "/transfer").then().statusCode(412),
                tag -> org.as().header("If-Match", tag).delete(DEVICE + "/owner?deviceId=" + device).then().statusCode(412),
                tag -> org.as().header("If-Match", tag).delete(DEVICE + "/clear?deviceId=" + device).then().statusCode(412),
                tag -> org.as().header("If-Match", tag).body(Map.of("deviceId", device, "metaFieldId", serial, "newValue", "X"))
                        .post(DEVICE + "/metafield").then().statusCode(412),
                tag -> org.as().header("If-Match", tag).body(Map.of("deviceId", device)).post(DEVICE + "/token/rotate")
                        .then().statusCode(412));
        String token = org.as().get(DEVICE + "?deviceId=" + device).then().extract().path("token");
        writes.forEach(write -> write.accept(stale));
        org.as().get(DEVICE + "?deviceId=" + device).then().body("orgId", equalTo(org.id())).body("token", equalTo(token))
                .body("metaFieldValues[0].value.value", not(equalTo("X")));
        org.as().get(DEVICE + "?deviceId=" + device).then().statusCode(200).body("name", equalTo("Changed meanwhile"))
                .header("ETag", current);

        // outside the caller's reach the device is simply not there, whatever the version
        other.as().header("If-Match", current).body(Map.of("name", "Intruder")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(404).body("error.message", equalTo(Api.notFoundMessage(device)));
        other.as().header("If-Match", stale).body(Map.of("name", "Intruder")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(404);
    }

    @Test
    void userRolesReachOnlyWhatTheyReachWithoutIfMatch() {
        Org org = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        User owner = Api.newUserWithToken(org, "User");
        User stranger = Api.newUserWithToken(org, "User");
        int device = Api.newDevice(org.token(), template, "Owned", owner.id());
        String etag = etag(org, device);

        stranger.as().header("If-Match", etag).body(Map.of("name", "Not mine")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(404);
        String renamed = owner.as().header("If-Match", etag).body(Map.of("name", "Mine")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(200).extract().header("ETag");
        owner.as().header("If-Match", etag).body(Map.of("name", "Mine again")).put(DEVICE + "?deviceId=" + device)
                .then().statusCode(412).header("ETag", renamed);
    }

    @Test
    void aMalformedIfMatchIsABadRequestNamingTheHeader() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Strict");
        for (String malformed : List.of("12.3", "\"unterminated", "\"a\", \"b", "W/")) {
            ValidatableResponse answer = org.as().header("If-Match", malformed).body(Map.of("name", "Never"))
                    .put(DEVICE + "?deviceId=" + device).then();
            answer.statusCode(400).body("error.message", startsWith("If-Match must be *"));
        }
        org.as().header("If-None-Match", "nonsense").get(DEVICE + "?deviceId=" + device).then().statusCode(400)
                .body("error.message", startsWith("If-None-Match must be *"));
        org.as().get(DEVICE + "?deviceId=" + device).then().body("name", equalTo("Strict"));
    }

    @Test
    void writersNamingTheSameETagAtOnceOneWinsTheOthersAreTold412() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Contended");
        String etag = etag(org, device);
        HttpClient http = HttpClient.newHttpClient();

        List<HttpResponse<String>> answers = IntStream.range(0, 20).mapToObj(i -> http.sendAsync(
                        HttpRequest.newBuilder(base.resolve("api/v1/organization/device?deviceId=" + device))
                                .header("Authorization", "Bearer " + org.token()).header("Content-Type", "application/json")
                                .header("If-Match", etag)
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Writer " + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 412));
        List<HttpResponse<String>> won = answers.stream().filter(a -> a.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        String winner = won.get(0).body().replaceAll(".*\"name\":\"(Writer \\d+)\".*", "$1");
        String current = etag(org, device);
        assertThat(won.get(0).headers().firstValue("ETag")).contains(current);
        assertThat(answers).filteredOn(a -> a.statusCode() == 412)
                .allSatisfy(a -> assertThat(a.headers().firstValue("ETag")).contains(current));
        as(org.token()).get(DEVICE + "?deviceId=" + device).then().body("name", equalTo(winner));
    }

    private static String etag(Org org, int device) {
        return org.as().get(DEVICE + "?deviceId=" + device).then().statusCode(200).extract().header("ETag");
    }
}
