package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newOrg;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every string and collection a client can store has a bound, and crossing it is a 400 naming the
 * field, with nothing stored: device hardware info, template definitions, names (which may not hold
 * control characters), the organization tree's depth. Also what the HTTP layer refuses before the
 * resources (a chunked body over 2 MB, a malformed percent-escape) gets the error body.
 */
@QuarkusTest
class InputBoundsTest {

    private static final String API = "/api/v1/organization";
    private static final String EXTERNAL = "/external/api";

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void hardwareInfoFieldsAreBoundedOverHttp() {
        Org org = newOrg();
        String token = deviceToken(org);
        String atBound = "v".repeat(128);
        given().contentType("application/json").body(Map.of("version", atBound, "boardType", "ESP32"))
                .post(EXTERNAL + "/hardwareInfo?token=" + token).then().statusCode(200);

        for (String field : List.of("version", "fwType", "blynkVersion", "boardType", "build", "templateId")) {
            given().contentType("application/json").body(Map.of(field, "x".repeat(129)))
                    .post(EXTERNAL + "/hardwareInfo?token=" + token).then().statusCode(400)
                    .body("error.message", containsString("hardwareInfo." + field));
        }
        given().contentType("application/json").body(Map.of("build", "line\nbreak"))
                .post(EXTERNAL + "/hardwareInfo?token=" + token).then().statusCode(400)
                .body("error.message", equalTo("hardwareInfo.build must not contain control characters."));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM device WHERE token = ? AND hardware_info->>'version' = ?",
                token, atBound)).isEqualTo(1);
    }

    @Test
    void hardwareInfoStoredBeforeTheBoundIsCutToItByTheMigration() throws Exception {
        Org org = newOrg();
        String token = deviceToken(org);
        Db db = new Db(dataSource);
        db.update("UPDATE device SET hardware_info = jsonb_build_object('version', repeat('v', 20000), 'build', 'b7',"
                + " 'junk', repeat('j', 5000)) WHERE token = ?", token);
        String migration;
        try (var in = getClass().getClassLoader().getResourceAsStream("db/migration/V5__bound_hardware_info.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        db.update(migration);
        assertThat(db.count("SELECT length(hardware_info->>'version') FROM device WHERE token = ?", token)).isEqualTo(128);
        assertThat(db.count("SELECT count(*) FROM device WHERE token = ? AND hardware_info = jsonb_build_object("
                + "'version', repeat('v', 128), 'build', 'b7')", token)).isEqualTo(1);
    }

    @Test
    void templateDefinitionsAreBounded() {
        Org org = newOrg();
        long templatesBefore = templates(org);
        createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", "T", "alias", "a".repeat(101), "pin", "v1",
                "type", "Double")))).then().statusCode(400).body("error.message", containsString("dataStreams.alias"));
        createTemplate(org, Map.of("metaFields", List.of(Map.of("name", "Colour", "type", "List",
                "options", IntStream.range(0, 101).mapToObj(i -> "o" + i).toList()))))
                .then().statusCode(400).body("error.message", containsString("metaFields.options"));
        createTemplate(org, Map.of("metaFields", List.of(Map.of("name", "Colour", "type", "List",
                "options", List.of("red", "o".repeat(101))))))
                .then().statusCode(400).body("error.message", containsString("metaFields.options"));
        createTemplate(org, Map.of("events", IntStream.range(0, 101).mapToObj(i -> Map.of("name", "E" + i,
                "eventCode", "e" + i, "type", "INFORMATION")).toList()))
                .then().statusCode(400).body("error.message", containsString("events"));
        createTemplate(org, Map.of("metaFields", IntStream.range(0, 101).mapToObj(i -> Map.of("name", "M" + i,
                "type", "Text")).toList()))
                .then().statusCode(400).body("error.message", containsString("metaFields"));
        assertThat(templates(org)).isEqualTo(templatesBefore);

        // at the bounds everything is accepted
        createTemplate(org, Map.of(
                "dataStreams", List.of(Map.of("label", "T", "alias", "a".repeat(100), "pin", "v1", "type", "Double")),
                "metaFields", List.of(Map.of("name", "Colour", "type", "List",
                        "options", IntStream.range(0, 100).mapToObj(i -> "o".repeat(99) + (i % 10)).toList())),
                "events", IntStream.range(0, 100).mapToObj(i -> Map.of("name", "E" + i, "eventCode", "e" + i,
                        "type", "INFORMATION")).toList()))
                .then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[31mred", "bell\u0007", "two\nlines", "carriage\rreturn", "del\u007f"})
    void namesRefuseControlCharacters(String name) {
        Org org = newOrg();
        as(org.token()).body(Map.of("name", name)).post(API + "/create").then().statusCode(400)
                .body("error.message", equalTo("name must not contain control characters."));
        as(org.token()).body(Map.of("name", name)).post(API + "/tag/create").then().statusCode(400)
                .body("error.message", containsString("control characters"));
        as(org.token()).body(Map.of("name", name)).post(API + "/oauth/clients/create").then().statusCode(400)
                .body("error.message", containsString("control characters"));
        as(org.token()).body(Map.of("email", "ctl-" + System.nanoTime() + "@example.com", "name", name, "role", "User"))
                .post(API + "/user/create").then().statusCode(400).body("error.message", containsString("control characters"));
        createTemplate(org, Map.of("name", name)).then().statusCode(400).body("error.message", containsString("control characters"));
        createTemplate(org, Map.of("events", List.of(Map.of("name", name, "eventCode", "e", "type", "INFORMATION"))))
                .then().statusCode(400).body("error.message", containsString("events.name"));
        createTemplate(org, Map.of("metaFields", List.of(Map.of("name", name, "type", "Text"))))
                .then().statusCode(400).body("error.message", containsString("metaFields.name"));
        createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", name, "pin", "v1", "type", "Double"))))
                .then().statusCode(400).body("error.message", containsString("dataStreams.label"));
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM organization WHERE parent_id = ?", org.id())).isZero();
        assertThat(db.count("SELECT count(*) FROM tag WHERE org_id = ?", org.id())).isZero();
        assertThat(db.count("SELECT count(*) FROM app_user WHERE org_id = ?", org.id())).isZero();
    }

    @Test
    void descriptionsMayHoldLineBreaksButNoOtherControlCharacter() {
        Org org = newOrg();
        as(org.token()).body(Map.of("name", "Lines", "description", "first\nsecond\tcolumn"))
                .post(API + "/create").then().statusCode(201);
        as(org.token()).body(Map.of("name", "Escape", "description", "\u001b[2J"))
                .post(API + "/create").then().statusCode(400).body("error.message", equalTo("description must not contain control characters."));
    }

    @Test
    void aLocationOfNotANumberIsRefused() {
        Org org = newOrg();
        int template = createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", "Where", "pin", "v2",
                "type", "Location")))).then().statusCode(201).extract().path("id");
        int device = Api.newDevice(org.token(), template, "Traveller");
        String token = as(org.token()).get(API + "/device?deviceId=" + device).then().extract().path("token");
        for (String value : List.of("NaN,1", "1,NaN", "Infinity,0")) {
            given().get(EXTERNAL + "/update?token=" + token + "&v2=" + value).then().statusCode(400)
                    .body("error.message", containsString("[lon, lat]"));
        }
        given().get(EXTERNAL + "/update?token=" + token + "&v2=30.5,50.4").then().statusCode(200);
        assertThat(new Db(dataSource).count("SELECT count(*) FROM datastream_history h JOIN device d ON d.id = h.device_id"
                + " WHERE d.token = ?", token)).isEqualTo(1);
    }

    /** The documented two-value form of a Location; a third value, or any other parameter twice, is refused. */
    @Test
    void aLocationTakesItsTwoValuesAsTheSamePinTwice() {
        Org org = newOrg();
        int template = createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", "Where", "pin", "v2",
                "type", "Location")))).then().statusCode(201).extract().path("id");
        int device = Api.newDevice(org.token(), template, "Walker");
        String token = as(org.token()).get(API + "/device?deviceId=" + device).then().extract().path("token");

        given().get(EXTERNAL + "/update?token=" + token + "&v2=30.5&v2=50.4").then().statusCode(200);
        given().get(EXTERNAL + "/get?token=" + token + "&v2").then().statusCode(200).body(equalTo("30.5,50.4"));
        given().get(EXTERNAL + "/update?token=" + token + "&v2=1&v2=2&v2=3").then().statusCode(400)
                .body("error.message", equalTo("Pin 'v2' takes at most 2 values."));
        given().get(EXTERNAL + "/update?token=" + token + "&token=" + token + "&v2=1,2").then().statusCode(400)
                .body("error.message", equalTo("Parameter 'token' must be sent once."));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM datastream_history h JOIN device d ON d.id = h.device_id"
                + " WHERE d.token = ?", token)).isEqualTo(1);
    }

    @Test
    void organizationsNestTenLevelsDeepAndNoDeeper() {
        Org top = newOrg(); // level 2 under the root
        int parent = top.id();
        for (int level = 3; level <= 10; level++) {
            parent = as(top.token()).body(Map.of("name", "Level " + level, "parentOrganizationId", parent))
                    .post(API + "/create").then().statusCode(201).extract().path("id");
        }
        as(top.token()).body(Map.of("name", "Level 11", "parentOrganizationId", parent))
                .post(API + "/create").then().statusCode(400)
                .body("error.message", equalTo("Organizations can be nested at most 10 levels deep."));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM organization WHERE parent_id = ?", parent)).isZero();
    }

    @Test
    void blynkDatastreamShapeWithANumericPinIsAccepted() {
        Org org = newOrg();
        int template = createTemplate(org, Map.of("dataStreams", List.of(
                Map.of("label", "Humidity", "pin", 3, "pinType", "VIRTUAL", "type", "Integer"),
                Map.of("label", "Power", "pin", "v4", "type", "Integer")))).then().statusCode(201).extract().path("id");
        int device = Api.newDevice(org.token(), template, "Blynk shaped");
        String token = as(org.token()).get(API + "/device?deviceId=" + device).then().extract().path("token");
        given().get(EXTERNAL + "/update?token=" + token + "&v3=40&v4=1").then().statusCode(200);
        JsonPath detail = as(org.token()).get(API + "/device?deviceId=" + device).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("dataStreamValues.pin")).containsExactly("v3", "v4");

        createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", "Digital", "pin", 3, "pinType", "DIGITAL",
                "type", "Integer")))).then().statusCode(400).body("error.message", containsString("pinType"));
        createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", "Too far", "pin", 256, "pinType", "VIRTUAL",
                "type", "Integer")))).then().statusCode(400).body("error.message", containsString("dataStreams.pin"));
        createTemplate(org, Map.of("dataStreams", List.of(Map.of("label", "Odd", "pin", List.of(1), "type", "Integer"))))
                .then().statusCode(400).body("error.message", containsString("dataStreams.pin"));
    }

    @Test
    void theDeviceApiAnswersWhateverAcceptADeviceSends() throws Exception {
        Org org = newOrg();
        String token = deviceToken(org);
        given().accept("application/json").get(EXTERNAL + "/isHardwareConnected?token=" + token).then().statusCode(200)
                .body(equalTo("false"));
        for (String accept : List.of("application/json", "text/html", "application/xml", "*/*")) {
            given().accept(accept).get(EXTERNAL + "/update?token=" + token + "&v1=21").then().statusCode(200);
            given().accept(accept).get(EXTERNAL + "/isHardwareConnected?token=" + token).then().statusCode(200)
                    .body(equalTo("true"));
            given().accept(accept).get(EXTERNAL + "/get?token=" + token + "&v1").then().statusCode(200).body(equalTo("21.0"));
            given().accept(accept).get(EXTERNAL + "/isHardwareConnected?token=not-a-token").then().statusCode(400)
                    .body("error.message", equalTo("Invalid token."));
        }
        // a device that sends hardware info without a Content-Type is read as JSON
        HttpResponse<String> untyped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve(EXTERNAL + "/hardwareInfo?token=" + token))
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\": \"3.0\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(untyped.statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTwoMegabytesIsRefusedWith413AndTheErrorBody() throws Exception {
        Org org = newOrg();
        byte[] body = ("{\"name\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(API + "/tag/create"))
                .header("Authorization", "Bearer " + org.token()).header("Content-Type", "application/json")
                // an InputStream of unknown length goes out chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Request body is too large: the limit is 2 MB.\"}}");
        assertThat(new Db(dataSource).count("SELECT count(*) FROM tag WHERE org_id = ?", org.id())).isZero();

        // the same under the limit goes through, chunked too
        byte[] small = "{\"name\": \"chunked\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(API + "/tag/create"))
                .header("Authorization", "Bearer " + org.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {API + "/device?deviceId=%zz", API + "/device?deviceId=1%", API + "/devi%zzce?deviceId=1",
            EXTERNAL + "/isHardwareConnected?token=%zz", EXTERNAL + "/update?token=abc&v1=%g1"})
    void aMalformedPercentEscapeIsA400WithTheErrorBody(String path) throws Exception {
        // over a bare socket: HTTP client libraries would encode the '%' themselves
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Api.rootToken() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400 ")
                    .endsWith("\r\n\r\n{\"error\":{\"message\":\"Bad request: the request line is not validly encoded.\"}}");
        }
    }

    private static String deviceToken(Org org) {
        int template = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), template, "Bounded");
        return as(org.token()).get(API + "/device?deviceId=" + device).then().extract().path("token");
    }

    private static io.restassured.response.Response createTemplate(Org org, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Bounds"));
        body.putAll(fields);
        return as(org.token()).body(body).post(API + "/template/create");
    }

    private long templates(Org org) {
        return new Db(dataSource).count("SELECT count(*) FROM template WHERE org_id = ?", org.id());
    }
}
