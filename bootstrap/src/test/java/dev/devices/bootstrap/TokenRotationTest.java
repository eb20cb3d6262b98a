package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token rotation over HTTP (beyond.md §4): the new token works at once; the old one works for the
 * overlap and never after (at once without one); a transfer with rotateToken leaves the former
 * organization no token that writes. MQTT: {@code MqttDeviceTest}.
 */
@QuarkusTest
class TokenRotationTest {

    private static final String DEVICE = "/api/v1/organization/device";
    private static final String ROTATE = DEVICE + "/token/rotate";

    @Test
    void withoutAnOverlapTheOldTokenStopsAtOnceAndTheNewOneWorks() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Rotated");
        String old = tokenOf(org, device);
        String etag = org.as().get(DEVICE + "?deviceId=" + device).then().extract().header("ETag");
        long before = System.currentTimeMillis();

        JsonPath rotated = org.as().body(Map.of("deviceId", device)).post(ROTATE).then().statusCode(200).extract().jsonPath();
        String fresh = rotated.getString("token");
        assertThat(fresh).hasSize(32).isNotEqualTo(old);
        assertThat(rotated.getLong("previousTokenValidUntil")).isBetween(before, System.currentTimeMillis());

        assertThat(tokenOf(org, device)).isEqualTo(fresh);
        refused(old);
        accepted(fresh);
        assertThat(org.as().get(DEVICE + "?deviceId=" + device).then().extract().header("ETag"))
                .as("a new token is a configuration change").isNotEqualTo(etag);
    }

    @Test
    void withAnOverlapTheOldTokenWorksUntilItEndsAndNeverAfter() throws Exception {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Overlapping");
        String old = tokenOf(org, device);

        JsonPath rotated = org.as().body(Map.of("deviceId", device, "overlapSeconds", 2)).post(ROTATE)
                .then().statusCode(200).extract().jsonPath();
        long oldStops = rotated.getLong("previousTokenValidUntil");
        assertThat(oldStops).isGreaterThan(System.currentTimeMillis());
        accepted(old);
        accepted(rotated.getString("token"));
        given().get("/external/api/get?token=" + old + "&v1").then().statusCode(200).body(equalTo("21.5"));

        Thread.sleep(Math.max(0, oldStops - System.currentTimeMillis()) + 100);
        refused(old);
        accepted(rotated.getString("token"));
    }

    @Test
    void aSecondRotationStopsTheFirstOnesOldTokenAtOnce() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Twice");
        String first = tokenOf(org, device);
        String second = org.as().body(Map.of("deviceId", device, "overlapSeconds", 3600)).post(ROTATE)
                .then().statusCode(200).extract().path("token");
        String third = org.as().body(Map.of("deviceId", device, "overlapSeconds", 3600)).post(ROTATE)
                .then().statusCode(200).extract().path("token");
        refused(first);
        accepted(second);
        accepted(third);
    }

    @Test
    void aTransferWithRotateTokenLeavesTheFormerOrganizationNoTokenThatWrites() {
        Org org = Api.newOrg();
        Org sub = Api.newSubOrg(org);
        Object template = Api.newTemplate(org.token()).get("id");
        int moved = Api.newDevice(org.token(), template, "Moved");
        int given = Api.newDevice(org.token(), template, "Given");
        int kept = Api.newDevice(org.token(), template, "Kept");
        long subUser = Api.newUser(sub.token(), null, "User");
        String movedToken = tokenOf(org, moved);
        String givenToken = tokenOf(org, given);
        String keptToken = tokenOf(org, kept);

        org.as().body(Map.of("deviceId", moved, "newOrgId", sub.id(), "rotateToken", true))
                .post(DEVICE + "/transfer/to-organization").then().statusCode(204);
        org.as().body(Map.of("deviceId", given, "newUserId", subUser, "rotateToken", true))
                .post(DEVICE + "/transfer").then().statusCode(204);
        org.as().body(Map.of("deviceId", kept, "newOrgId", sub.id())).post(DEVICE + "/transfer/to-organization")
                .then().statusCode(204);

        refused(movedToken);
        refused(givenToken);
        accepted(tokenOf(sub, moved));
        accepted(tokenOf(sub, given));
        assertThat(tokenOf(sub, kept)).as("rotateToken defaults to false").isEqualTo(keptToken);
        accepted(keptToken);
    }

    @Test
    void rotationFollowsTheEditRulesAndIfMatch() {
        Org org = Api.newOrg();
        Org other = Api.newOrg();
        Object template = Api.newTemplate(org.token()).get("id");
        User owner = Api.newUserWithToken(org, "User");
        User stranger = Api.newUserWithToken(org, "User");
        int device = Api.newDevice(org.token(), template, "Owned", owner.id());
        String old = tokenOf(org, device);

        other.as().body(Map.of("deviceId", device)).post(ROTATE).then().statusCode(404)
                .body("error.message", equalTo(Api.notFoundMessage(device)));
        stranger.as().body(Map.of("deviceId", device)).post(ROTATE).then().statusCode(404);
        assertThat(tokenOf(org, device)).isEqualTo(old);

        String etag = org.as().get(DEVICE + "?deviceId=" + device).then().extract().header("ETag");
        String after = owner.as().header("If-Match", etag).body(Map.of("deviceId", device)).post(ROTATE)
                .then().statusCode(200).extract().header("ETag");
        assertThat(after).isNotEqualTo(etag);
        owner.as().header("If-Match", etag).body(Map.of("deviceId", device)).post(ROTATE).then().statusCode(412)
                .header("ETag", after);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Org org = Api.newOrg();
        int device = Api.newDevice(org.token(), Api.newTemplate(org.token()).get("id"), "Strict");
        String old = tokenOf(org, device);
        for (Object overlap : List.of(-1, 86_401)) {
            org.as().body(Map.of("deviceId", device, "overlapSeconds", overlap)).post(ROTATE).then().statusCode(400)
                    .body("error.message", equalTo("Field 'overlapSeconds' must be between 0 and 86400."));
        }
        org.as().body(Map.of("deviceId", device, "overlapSeconds", "soon")).post(ROTATE).then().statusCode(400)
                .body("error.message", equalTo("Field 'overlapSeconds' has a value of the wrong type."));
        org.as().body(Map.of("overlapSeconds", 5)).post(ROTATE).then().statusCode(400);
        org.as().post(ROTATE).then().statusCode(400);
        assertThat(tokenOf(org, device)).isEqualTo(old);
        org.as().body(Map.of("deviceId", device, "overlapSeconds", 86_400)).post(ROTATE).then().statusCode(200);
    }

    private static String tokenOf(Org org, int device) {
        return org.as().get(DEVICE + "?deviceId=" + device).then().statusCode(200).extract().path("token");
    }

    private static void accepted(String token) {
        given().get("/external/api/update?token=" + token + "&v1=21.5").then().statusCode(200);
    }

    private static void refused(String token) {
        given().get("/external/api/update?token=" + token + "&v1=21.5").then().statusCode(400).body("error.message", equalTo("Invalid token."));
    }
}
