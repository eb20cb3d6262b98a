package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A table-driven fuzz of every endpoint: each parameter in turn, and each body, replaced by hostile
 * values (wrong types, huge and negative numbers, unicode, SQL and JSON injection, oversized and
 * deeply nested bodies, duplicate parameters). Never a 5xx; every 4xx carries the error body; and the
 * database holds exactly the rows it held before.
 */
@QuarkusTest
class HostileInputTest {

    private static final String LONG = "x".repeat(3_000);

    /** For numeric ids and numbers: none is a valid value. */
    private static final List<String> NOT_AN_ID = List.of("abc", "-1", "0", "2147483648", "99999999999999999999999",
            "1.5", "1e3", "NaN", "0x10", "' OR '1'='1", "1;DROP TABLE device", "\u0000", "😀", "", " ", LONG,
            "{\"a\":1}", "../../etc/passwd");

    /** For text parameters: may be valid searches (200) but must never break anything. */
    private static final List<String> HOSTILE_TEXT = List.of("' OR '1'='1", "%", "_", "\\", "😀", LONG, "", " ",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "\u0000", "\"}]}", "Robert'); DROP TABLE device;--");

    /** Bodies no write endpoint may accept. */
    private static final List<String> HOSTILE_BODIES = List.of("", "null", "[]", "\"text\"", "123", "{",
            "{'deviceId': 1}", "{\"deviceId\": \"abc\"}", "{\"deviceId\": -1}", "{\"deviceId\": 99999999999999999999}",
            "{\"deviceId\": 1.5}", "{\"deviceId\": {}}", "{\"deviceId\": []}", "{\"deviceId\": null}",
            "{\"name\": {\"$ne\": null}}", "{\"name\": \"" + LONG + "\"}", "{\"templateId\": \"' OR 1=1--\"}",
            "[".repeat(100_000), "{\"a\":".repeat(20_000), "{\"deviceId\": 1e400}", "{\"name\": \"a\\u0000b\"}");

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    private Org org;
    private int device;
    private String deviceToken;
    private final Map<String, Integer> statuses = new TreeMap<>();

    @Test
    void noHostileInputGetsA5xxOrWritesAnything() throws Exception {
        org = Api.newOrg();
        int template = (int) Api.newTemplate(org.token()).get("id");
        var created = org.as().body(Map.of("templateId", template, "name", "Target"))
                .post("/api/v1/organization/device/create").then().statusCode(201).extract().jsonPath();
        device = created.getInt("id");
        deviceToken = created.getString("token");
        Map<String, Long> rowsBefore = rowCounts();

        int requests = 0;
        for (Endpoint endpoint : queryEndpoints()) {
            for (String parameter : endpoint.parameters().keySet()) {
                for (String value : endpoint.numeric().contains(parameter) ? NOT_AN_ID : HOSTILE_TEXT) {
                    Map<String, String> parameters = new LinkedHashMap<>(endpoint.parameters());
                    parameters.put(parameter, value);
                    check(endpoint, send(endpoint.method(), endpoint.path(), parameters), !endpoint.reads());
                    requests++;
                }
            }
            Map<String, String> duplicated = new LinkedHashMap<>(endpoint.parameters());
            String first = duplicated.keySet().iterator().next();
            check(endpoint, given().config(raw()).auth().oauth2(org.token())
                    .request(endpoint.method(), endpoint.path() + "?" + first + "=1&" + first + "=2"), true);
            requests++;
        }
        for (String path : bodyEndpoints()) {
            for (String body : HOSTILE_BODIES) {
                String target = path.equals("PUT /api/v1/organization/device") ? "?deviceId=" + device : "";
                String[] methodAndPath = path.split(" ");
                Response response = given().config(raw()).auth().oauth2(org.token()).contentType("application/json")
                        .body(body).request(methodAndPath[0], methodAndPath[1] + target);
                check(new Endpoint(methodAndPath[0], methodAndPath[1], Map.of(), List.of(), false), response, true);
                requests++;
            }
            Response huge = given().config(raw()).auth().oauth2(org.token()).contentType("application/json")
                    .body("{\"name\": \"" + "x".repeat(2 * 1024 * 1024 + 10) + "\"}").request(path.split(" ")[0], path.split(" ")[1]);
            assertThat(huge.statusCode()).isEqualTo(413);
            requests++;
        }
        requests += nulCharactersInValidRequests();
        requests += tokenEndpoint();
        requests += malformedRequestLines();

        assertThat(rowCounts()).as("rows per table after %d hostile requests", requests).isEqualTo(rowsBefore);
        System.out.printf("[hostile-input] %d requests, statuses %s%n", requests, statuses);
    }

    private void check(Endpoint endpoint, Response response, boolean mustBeRefused) {
        int status = response.statusCode();
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        String what = endpoint.method() + " " + endpoint.path() + " → " + status + " " + abbreviated(response.asString());
        assertThat(status).as(what).isLessThan(500);
        if (mustBeRefused) {
            assertThat(status).as(what).isBetween(400, 499);
        }
        if (status >= 400) {
            assertThat(response.jsonPath().getString("error.message")).as(what).isNotBlank();
            assertThat(response.asString()).as(what).doesNotContain("Exception", "org.hibernate", "SELECT ", "at dev.");
        }
    }

    /** NUL in otherwise valid requests: a 400 naming the field, never a database error. */
    private int nulCharactersInValidRequests() {
        org.as().body("{\"name\": \"Pump\\u0000\"}").put("/api/v1/organization/device?deviceId=" + device)
                .then().statusCode(400).body("error.message", equalTo("Field 'name' must not contain NUL characters."));
        int serial = org.as().get("/api/v1/organization/device/metafield?deviceId=" + device).then().statusCode(200)
                .extract().jsonPath().getInt("find { it.name == 'Serial' }.id");
        org.as().body("{\"deviceId\": " + device + ", \"metaFieldId\": " + serial + ", \"newValue\": \"SN\\u0000\"}")
                .post("/api/v1/organization/device/metafield").then().statusCode(400);
        org.as().urlEncodingEnabled(false).get("/api/v1/organization/search/devices?query=a%00b").then().statusCode(400)
                .body("error.message", equalTo("Parameter 'query' must not contain NUL characters."));
        given().contentType("application/json").body("{\"version\": \"1\\u0000\"}")
                .post("/external/api/hardwareInfo?token=" + deviceToken).then().statusCode(400);
        return 4;
    }

    private int tokenEndpoint() {
        int requests = 0;
        for (String value : HOSTILE_TEXT) {
            for (String parameter : List.of("grant_type", "client_id", "client_secret", "username", "refresh_token")) {
                Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "password", "client_id", org.clientId(),
                        "client_secret", "wrong", "username", "nobody@example.com", "password", "x", "refresh_token", "r"));
                form.put(parameter, value);
                Response response = given().formParams(form).post("/oauth2/token");
                statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                assertThat(response.statusCode()).as(parameter + "=" + abbreviated(value)).isBetween(400, 499);
                assertThat(response.jsonPath().getString("error")).isNotBlank();
                requests++;
            }
        }
        return requests;
    }

    /** Requests no HTTP client library would send: broken escapes and raw control bytes. */
    private int malformedRequestLines() throws Exception {
        List<String> lines = List.of("GET /api/v1/organization/device?deviceId=%zz HTTP/1.1",
                "GET /api/v1/organization/device?deviceId=%", "GET /external/api/get?token=%G1&v1 HTTP/1.1");
        for (String line : lines) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write((line + (line.endsWith("HTTP/1.1") ? "" : " HTTP/1.1") + "\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + org.token() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int status = Integer.parseInt(answer.substring(9, 12));
                statuses.merge(String.valueOf(status), 1, Integer::sum);
                assertThat(status).as(line + " → " + abbreviated(answer)).isBetween(400, 499);
                assertThat(answer).as(line).contains("{\"error\":{\"message\":");
            }
        }
        return lines.size();
    }

    private Response send(String method, String path, Map<String, String> parameters) {
        RequestSpecification request = (path.startsWith("/external") ? given() : given().auth().oauth2(org.token()))
                .config(raw());
        parameters.forEach(request::queryParam);
        return request.request(method, path);
    }

    private static RestAssuredConfig raw() {
        return RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    /** Endpoints taking query parameters: valid values for each, which the fuzz replaces one at a time. */
    private List<Endpoint> queryEndpoints() {
        String id = String.valueOf(device);
        String orgId = String.valueOf(org.id());
        List<Endpoint> endpoints = new ArrayList<>();
        String v1 = "/api/v1/organization";
        endpoints.add(read(v1 + "/devices", Map.of("orgId", orgId, "includeSubOrgDevices", "false", "page", "0", "size", "10"), "orgId", "page", "size"));
        endpoints.add(read("/api/v2/organization/devices", Map.of("orgId", orgId, "page", "0", "size", "10", "include", "hardwareInfo"), "orgId", "page", "size"));
        endpoints.add(read(v1 + "/search/devices", Map.of("query", "Target", "sortBy", "Name", "sortOrder", "ASC", "page", "0"), "page"));
        for (String path : List.of("/device", "/device/baseInfo", "/device/online", "/device/tags", "/device/metafield", "/device/logs")) {
            endpoints.add(read(v1 + path, Map.of("deviceId", id), "deviceId"));
        }
        endpoints.add(read(v1 + "/device/timeline", Map.of("deviceId", id, "eventType", "INFORMATION", "size", "5"), "deviceId", "size"));
        endpoints.add(read(v1 + "/device/datastreams", Map.of("deviceId", id, "pins", "v1"), "deviceId"));
        endpoints.add(read(v1 + "/device/by-owner", Map.of("ownerEmail", "a@example.com", "orgId", orgId), "orgId"));
        endpoints.add(read(v1 + "/device/by-user-org", Map.of("userEmail", "a@example.com", "page", "0"), "page"));
        endpoints.add(read(v1 + "/device/last-activated", Map.of("orgId", orgId, "minutes", "5"), "orgId", "minutes"));
        for (String path : List.of("", "/users", "/templates", "/tags")) {
            endpoints.add(read(v1 + path, Map.of("orgId", orgId), "orgId"));
        }
        for (String path : List.of("/device", "/device/owner", "/device/clear")) {
            endpoints.add(new Endpoint("DELETE", v1 + path, Map.of("deviceId", "not-" + id), List.of("deviceId"), false));
        }
        endpoints.add(new Endpoint("DELETE", v1 + "/user", Map.of("userId", "0"), List.of("userId"), false));
        endpoints.add(new Endpoint("DELETE", v1 + "/oauth/clients", Map.of("clientId", "no-such-client"), List.of(), false));
        endpoints.add(read("/external/api/isHardwareConnected", Map.of("token", "no-such-token")));
        endpoints.add(read("/external/api/get", Map.of("token", deviceToken, "v1", "")));
        endpoints.add(new Endpoint("GET", "/external/api/update", Map.of("token", deviceToken, "v1", "not-a-number"),
                List.of(), false));
        endpoints.add(new Endpoint("GET", "/external/api/logEvent", Map.of("token", deviceToken, "code", "no-such-code"),
                List.of(), false));
        return endpoints;
    }

    private static Endpoint read(String path, Map<String, String> parameters, String... numeric) {
        return new Endpoint("GET", path, new LinkedHashMap<>(parameters), List.of(numeric), true);
    }

    /** Endpoints taking a JSON body, as "METHOD path". */
    private static List<String> bodyEndpoints() {
        String v1 = "POST /api/v1/organization";
        return List.of("PUT /api/v1/organization/device", v1 + "/device/create", v1 + "/device/transfer/to-owner",
                v1 + "/device/transfer/to-organization", v1 + "/device/transfer", v1 + "/device/trigger-event",
                v1 + "/device/resolve-event", v1 + "/device/metafield", v1 + "/device/datastream",
                v1 + "/device/datastreams", v1 + "/device/tags", v1 + "/create", v1 + "/user/create",
                v1 + "/template/create", v1 + "/tag/create", v1 + "/oauth/clients/create", v1 + "/oauth/clients/update",
                "POST /external/api/hardwareInfo");
    }

    private record Endpoint(String method, String path, Map<String, String> parameters, List<String> numeric,
                            boolean reads) {
    }

    private Map<String, Long> rowCounts() {
        Db db = new Db(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("organization", "app_user", "oauth_client", "refresh_token", "template", "template_event",
                "template_metafield", "template_datastream", "device", "device_metafield_value", "device_datastream_value",
                "timeline_event", "tag", "device_tag", "action_log", "datastream_history")) {
            counts.put(table, db.count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
