package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A device moved from organization A to its sibling B carries nothing of A along: B sees none of
 * A's tags on it and none of the timeline and actions-log entries recorded while it was A's (with
 * A's user emails), and the transfer entry B sees names nothing of A. The parent of both, which
 * reaches A too, still sees the whole history.
 */
@QuarkusTest
class TransferIsolationTest {

    private static final String DEVICE = "/api/v1/organization/device";

    @Test
    void theNewOrganizationSeesNothingOfTheFormerOne() {
        Org parent = Api.newOrg();
        Org a = Api.newSubOrg(parent);
        Org b = Api.newSubOrg(parent);
        int template = (int) Api.newTemplate(parent.token()).get("id");
        User ownerInA = Api.newUserWithToken(a, "Admin");
        int device = Api.newDevice(a.token(), template, "Traveller", ownerInA.id());
        int aTag = a.as().body(Map.of("name", "secret project of A")).post("/api/v1/organization/tag/create")
                .then().statusCode(201).extract().path("id");
        int parentTag = parent.as().body(Map.of("name", "fleet-wide")).post("/api/v1/organization/tag/create")
                .then().statusCode(201).extract().path("id");
        ownerInA.as().body(Map.of("deviceId", device, "tagIds", List.of(aTag, parentTag))).post(DEVICE + "/tags")
                .then().statusCode(204);
        String token = a.as().get(DEVICE + "?deviceId=" + device).then().extract().path("token");
        io.restassured.RestAssured.given().get("/external/api/update?token=" + token + "&v1=20").then().statusCode(200);
        int dataStream = a.as().get(DEVICE + "?deviceId=" + device).then().extract().path("dataStreamValues[0].dataStreamId");
        ownerInA.as().body(Map.of("deviceId", device, "dataStreamId", dataStream, "value", 21.5))
                .post(DEVICE + "/datastream").then().statusCode(204);
        ownerInA.as().body(Map.of("deviceId", device, "eventCode", "too_hot", "eventDescription", "seen by A"))
                .post(DEVICE + "/trigger-event").then().statusCode(204);
        long aEntry = a.as().get(DEVICE + "/timeline?eventType=WARNING&deviceId=" + device).then().extract()
                .jsonPath().getLong("content[0].id");

        parent.as().body(Map.of("deviceId", device, "newOrgId", b.id())).post(DEVICE + "/transfer/to-organization")
                .then().statusCode(204);

        // B: the fleet-wide tag stays usable and stays on; A's own tag is gone
        assertThat(b.as().get(DEVICE + "/tags?deviceId=" + device).then().statusCode(200).extract()
                .<List<Integer>>path("id")).containsExactly(parentTag);
        JsonPath timeline = b.as().get(DEVICE + "/timeline?deviceId=" + device).then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("content.eventType")).containsExactly("INFORMATION");
        assertThat(timeline.getString("content[0].description")).isEqualTo("Moved to organization " + b.id()
                + "; the previous owner removed");
        assertThat(timeline.getInt("totalElements")).isEqualTo(1);
        JsonPath logs = b.as().get(DEVICE + "/logs?deviceId=" + device).then().statusCode(200).extract().jsonPath();
        assertThat(logs.getInt("totalElements")).isZero();
        String everythingBSees = String.join("\n",
                b.as().get(DEVICE + "?deviceId=" + device).then().extract().asString(),
                b.as().get(DEVICE + "/tags?deviceId=" + device).then().extract().asString(),
                timeline.prettify(), logs.prettify());
        assertThat(everythingBSees).doesNotContain(ownerInA.email()).doesNotContain("secret project of A")
                .doesNotContain("seen by A");
        // nor can B act on A's entries by their id
        b.as().body(Map.of("deviceId", device, "logEventId", aEntry)).post(DEVICE + "/resolve-event").then().statusCode(404);

        // the parent reaches both: it sees the whole history
        JsonPath parentView = parent.as().get(DEVICE + "/timeline?deviceId=" + device).then().statusCode(200).extract().jsonPath();
        assertThat(parentView.getList("content.eventType")).contains("INFORMATION", "WARNING");
        assertThat(parent.as().get(DEVICE + "/logs?deviceId=" + device).then().extract().<String>path("content[0].triggerUserEmail"))
                .isEqualTo(ownerInA.email());
    }

    @Test
    void aTransferToAnOwnerInAnotherOrganizationDoesNotNameThePreviousOwner() {
        Org parent = Api.newOrg();
        Org a = Api.newSubOrg(parent);
        Org b = Api.newSubOrg(parent);
        int template = (int) Api.newTemplate(parent.token()).get("id");
        User before = Api.newUserWithToken(a, "User");
        User after = Api.newUserWithToken(b, "User");
        int device = Api.newDevice(a.token(), template, "Handed over", before.id());

        parent.as().body(Map.of("deviceId", device, "newUserId", after.id())).post(DEVICE + "/transfer/to-owner")
                .then().statusCode(204);

        String seenByB = b.as().get(DEVICE + "/timeline?deviceId=" + device).then().statusCode(200).extract().asString();
        assertThat(seenByB).contains("Owner changed to " + after.email()).doesNotContain(before.email());
    }
}
