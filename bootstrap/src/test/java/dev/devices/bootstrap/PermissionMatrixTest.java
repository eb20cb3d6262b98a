package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract §4 as a matrix: seven callers × every device operation, each cell on a fresh device of
 * organization A owned by a User of A. The organizations: P (parent) → A → A1, and B, A's sibling.
 * Cells: a status; for lists "+" (200, the device listed) or "-" (200, not listed).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    private static final List<String> CALLERS = List.of(
            "org token of A", "Admin of A", "Staff of A", "User owning it", "User not owning it",
            "token of sibling B", "token of parent P");

    /** Operation → expected outcome per caller, in the order of {@link #CALLERS}. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        //                                         org   Admin Staff owner other  B     P
        // D1-D3 need ORG_DEVICES_VIEW (Blynk): a User finds its own devices through D19 instead
        EXPECTED.put("D1 list devices",            "+    +     +     403   403    404   +");
        EXPECTED.put("D2 list with expansion",     "+    +     +     403   403    404   +");
        EXPECTED.put("D3 search",                  "+    +     +     403   403    -     +");
        EXPECTED.put("D4 get",                     "200  200   200   200   404    404   200");
        EXPECTED.put("D5 rename",                  "200  200   200   200   404    404   200");
        EXPECTED.put("D6 delete",                  "204  204   204   204   404    404   204");
        EXPECTED.put("D7 base info",               "200  200   200   200   404    404   200");
        EXPECTED.put("D8 create owned by owner",   "201  201   201   201   403    404   201");
        EXPECTED.put("D9 online",                  "200  200   200   200   404    404   200");
        EXPECTED.put("D10 tags",                   "200  200   200   200   404    404   200");
        EXPECTED.put("D11 timeline",               "200  200   200   200   404    404   200");
        EXPECTED.put("D12 logs",                   "200  200   200   200   404    404   200");
        EXPECTED.put("D13 transfer to other user", "204  204   204   403   404    404   204");
        EXPECTED.put("D13b transfer combined",     "204  204   204   403   404    404   204");
        EXPECTED.put("D14 transfer to A1",         "204  204   204   204   404    404   204");
        EXPECTED.put("D15 remove owner",           "204  204   204   204   404    404   204");
        EXPECTED.put("D16 clear",                  "204  204   204   204   404    404   204");
        EXPECTED.put("D17 trigger event",          "204  204   204   204   404    404   204");
        EXPECTED.put("D18 resolve event",          "204  204   204   204   404    404   204");
        EXPECTED.put("D19 by owner email",         "+    +     +     +     -      -     +");
        EXPECTED.put("D20 by user organization",   "+    +     +     +     403    404   +");
        EXPECTED.put("D21 recently activated",     "+    +     +     +     -      404   +");
        EXPECTED.put("D22 metadata",               "200  200   200   200   404    404   200");
        EXPECTED.put("D23 update metafield",       "204  204   204   204   404    404   204");
        EXPECTED.put("read datastreams",           "200  200   200   200   404    404   200");
        EXPECTED.put("write datastream",           "204  204   204   204   404    404   204");
        EXPECTED.put("set device tags",            "204  204   204   204   404    404   204");
        EXPECTED.put("rotate token",               "200  200   200   200   404    404   200");
    }

    private Org parent;
    private Org a;
    private Org a1;
    private Org sibling;
    private User admin;
    private User staff;
    private User owner;
    private User other;
    private int templateId;
    private int tagId;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    /** Once, at the first cell: RestAssured knows the test port only once a test runs. */
    private void organizationsUsersAndTokens() {
        if (!tokens.isEmpty()) {
            return;
        }
        parent = Api.newOrg();
        a = Api.newSubOrg(parent);
        a1 = Api.newSubOrg(a);
        sibling = Api.newSubOrg(parent);
        admin = Api.newUserWithToken(a, "Admin");
        staff = Api.newUserWithToken(a, "Staff");
        owner = Api.newUserWithToken(a, "User");
        other = Api.newUserWithToken(a, "User");
        templateId = (int) Api.newTemplate(a.token()).get("id");
        tagId = a.as().body(Map.of("name", "matrix-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/organization/tag/create").then().statusCode(201).extract().path("id");
        List<String> callerTokens = List.of(a.token(), admin.token(), staff.token(), owner.token(), other.token(),
                sibling.token(), parent.token());
        for (int i = 0; i < CALLERS.size(); i++) {
            tokens.put(CALLERS.get(i), callerTokens.get(i));
        }
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        EXPECTED.forEach((operation, row) -> {
            String[] outcomes = row.trim().split("\\s+");
            assertThat(outcomes).hasSize(CALLERS.size());
            for (int i = 0; i < CALLERS.size(); i++) {
                cells.add(Arguments.of(operation, CALLERS.get(i), outcomes[i]));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @MethodSource("cells")
    void everyCallerGetsExactlyItsAnswer(String operation, String caller, String expected) {
        organizationsUsersAndTokens();
        Device device = newDevice();
        Response response = OPERATIONS.get(operation).apply(this, new Cell(Api.as(tokens.get(caller)), device));
        switch (expected) {
            case "+", "-" -> {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                List<Integer> ids = response.jsonPath().getList(response.asString().startsWith("[") ? "id" : "content.id");
                if (expected.equals("+")) {
                    assertThat(ids).contains(device.id());
                } else {
                    assertThat(ids).doesNotContain(device.id());
                }
            }
            default -> {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(Integer.parseInt(expected));
                if (expected.equals("404") && response.asString().contains("Device with")) {
                    assertThat(response.jsonPath().getString("error.message")).isEqualTo(Api.notFoundMessage(device.id()));
                }
                if (expected.equals("403")) {
                    assertThat(response.jsonPath().getString("error.message")).isEqualTo("Forbidden");
                }
            }
        }
    }

    /** A device of A owned by the User "owner", activated by one value from the device. */
    private Device newDevice() {
        String name = "Matrix " + UUID.randomUUID().toString().substring(0, 8);
        var json = a.as().body(Map.of("templateId", templateId, "name", name, "ownerId", owner.id()))
                .post("/api/v1/organization/device/create").then().statusCode(201).extract().jsonPath();
        String token = json.getString("token");
        given().get("/external/api/update?token=" + token + "&v1=21").then().statusCode(200);
        return new Device(json.getInt("id"), name, token);
    }

    private record Device(int id, String name, String token) {
    }

    private record Cell(RequestSpecification as, Device device) {
        String id() {
            return "?deviceId=" + device.id();
        }
    }

    private static final String BASE = "/api/v1/organization";
    private static final Map<String, BiFunction<PermissionMatrixTest, Cell, Response>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("D1 list devices", (t, c) -> c.as().get(BASE + "/devices?size=1000&orgId=" + t.a.id()));
        OPERATIONS.put("D2 list with expansion", (t, c) -> c.as().get(
                "/api/v2/organization/devices?size=1000&include=hardwareInfo&orgId=" + t.a.id()));
        OPERATIONS.put("D3 search", (t, c) -> c.as().get(BASE + "/search/devices?query=" + c.device().name()));
        OPERATIONS.put("D4 get", (t, c) -> c.as().get(BASE + "/device" + c.id()));
        OPERATIONS.put("D5 rename", (t, c) -> c.as().body(Map.of("name", "Renamed")).put(BASE + "/device" + c.id()));
        OPERATIONS.put("D6 delete", (t, c) -> c.as().delete(BASE + "/device" + c.id()));
        OPERATIONS.put("D7 base info", (t, c) -> c.as().get(BASE + "/device/baseInfo" + c.id()));
        OPERATIONS.put("D8 create owned by owner", (t, c) -> c.as().body(Map.of("templateId", t.templateId,
                "name", "Created", "ownerId", t.owner.id(), "orgId", t.a.id())).post(BASE + "/device/create"));
        OPERATIONS.put("D9 online", (t, c) -> c.as().get(BASE + "/device/online" + c.id()));
        OPERATIONS.put("D10 tags", (t, c) -> c.as().get(BASE + "/device/tags" + c.id()));
        OPERATIONS.put("D11 timeline", (t, c) -> c.as().get(BASE + "/device/timeline" + c.id()));
        OPERATIONS.put("D12 logs", (t, c) -> c.as().get(BASE + "/device/logs" + c.id()));
        OPERATIONS.put("D13 transfer to other user", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "newUserId", t.other.id())).post(BASE + "/device/transfer/to-owner"));
        OPERATIONS.put("D13b transfer combined", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "newUserId", t.other.id())).post(BASE + "/device/transfer"));
        OPERATIONS.put("D14 transfer to A1", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "newOrgId", t.a1.id())).post(BASE + "/device/transfer/to-organization"));
        OPERATIONS.put("D15 remove owner", (t, c) -> c.as().delete(BASE + "/device/owner" + c.id()));
        OPERATIONS.put("D16 clear", (t, c) -> c.as().delete(BASE + "/device/clear" + c.id()));
        OPERATIONS.put("D17 trigger event", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "eventCode", "too_hot")).post(BASE + "/device/trigger-event"));
        OPERATIONS.put("D18 resolve event", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "logEventId", t.triggeredEvent(c.device()), "comment", "done")).post(BASE + "/device/resolve-event"));
        OPERATIONS.put("D19 by owner email", (t, c) -> c.as().get(BASE + "/device/by-owner?size=1000&ownerEmail="
                + t.owner.email()));
        OPERATIONS.put("D20 by user organization", (t, c) -> c.as().get(BASE + "/device/by-user-org?size=1000&userEmail="
                + t.owner.email()));
        OPERATIONS.put("D21 recently activated", (t, c) -> c.as().get(BASE + "/device/last-activated?orgId=" + t.a.id()));
        OPERATIONS.put("D22 metadata", (t, c) -> c.as().get(BASE + "/device/metafield" + c.id()));
        OPERATIONS.put("D23 update metafield", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "metaFieldId", t.serialMetaFieldId(c.device()), "newValue", "SN-1")).post(BASE + "/device/metafield"));
        OPERATIONS.put("read datastreams", (t, c) -> c.as().get(BASE + "/device/datastreams" + c.id()));
        OPERATIONS.put("write datastream", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "dataStreamId", t.dataStreamId(c.device()), "value", 22.5)).post(BASE + "/device/datastream"));
        OPERATIONS.put("set device tags", (t, c) -> c.as().body(Map.of("deviceId", c.device().id(),
                "tagIds", List.of(t.tagId))).post(BASE + "/device/tags"));
        OPERATIONS.put("rotate token", (t, c) -> c.as().body(Map.of("deviceId", c.device().id()))
                .post(BASE + "/device/token/rotate"));
    }

    /** The id of a WARNING entry triggered by A's own token, for the resolve call. */
    private long triggeredEvent(Device device) {
        a.as().body(Map.of("deviceId", device.id(), "eventCode", "too_hot")).post(BASE + "/device/trigger-event")
                .then().statusCode(204);
        return a.as().get(BASE + "/device/timeline?eventType=WARNING&deviceId=" + device.id())
                .then().statusCode(200).extract().jsonPath().getLong("content[0].id");
    }

    private int serialMetaFieldId(Device device) {
        return a.as().get(BASE + "/device/metafield?deviceId=" + device.id())
                .then().statusCode(200).extract().jsonPath().getInt("find { it.name == 'Serial' }.id");
    }

    private int dataStreamId(Device device) {
        return a.as().get(BASE + "/device?deviceId=" + device.id())
                .then().statusCode(200).extract().jsonPath().getInt("dataStreamValues[0].dataStreamId");
    }

    @org.junit.jupiter.api.Test
    void theMatrixCoversEveryOperation() {
        assertThat(OPERATIONS.keySet()).containsExactlyElementsOf(EXPECTED.keySet());
    }
}
