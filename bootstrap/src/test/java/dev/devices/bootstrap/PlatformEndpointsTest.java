package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.devices.bootstrap.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Health, the API description and the answers for paths and methods that do not exist. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void liveAndReadyAreUpWithTheDatabaseChecked() {
        given().port(Management.TEST_PORT).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().port(Management.TEST_PORT).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyAndTheApiDescriptionOnTheApiPort() {
        for (String path : java.util.List.of("/q/health", "/q/health/ready", "/q/metrics")) {
            given().get(path).then().statusCode(404);
            given().port(Management.TEST_PORT).get(path).then().statusCode(200);
        }
        given().get("/q/openapi").then().statusCode(200);
        given().port(Management.TEST_PORT).get("/q/openapi").then().statusCode(404);
    }

    @Test
    void openApiDescribesEveryEndpointWithItsRealStatusCodes() {
        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        String device = "paths.'/api/v1/organization/device'";
        assertThat(spec.getMap(device + ".get.responses")).containsKeys("200", "400", "401", "404");
        assertThat(spec.getMap(device + ".delete.responses")).containsKeys("204", "404");
        assertThat(spec.getMap("paths.'/api/v1/organization/device/create'.post.responses"))
                .containsKeys("201", "400", "404").doesNotContainKey("200");
        assertThat(spec.getMap("paths")).containsKeys(
                "/api/v1/organization/devices", "/api/v1/organization/device/baseInfo", "/api/v1/organization",
                "/api/v1/organization/create", "/api/v1/organization/users", "/api/v1/organization/user/create",
                "/api/v1/organization/templates", "/api/v1/organization/template/create",
                "/api/v1/organization/oauth/clients/create", "/oauth2/token",
                "/api/v1/organization/search/devices", "/api/v1/organization/device/online",
                "/api/v1/organization/device/tags", "/api/v1/organization/device/timeline", "/api/v1/organization/device/logs",
                "/api/v1/organization/device/transfer/to-owner", "/api/v1/organization/device/transfer/to-organization",
                "/api/v1/organization/device/transfer", "/api/v1/organization/device/owner", "/api/v1/organization/device/clear",
                "/api/v1/organization/device/trigger-event", "/api/v1/organization/device/resolve-event",
                "/api/v1/organization/device/by-owner", "/api/v1/organization/device/by-user-org",
                "/api/v1/organization/device/last-activated", "/api/v1/organization/device/metafield",
                "/api/v2/organization/devices", "/api/v1/organization/tags", "/api/v1/organization/tag/create",
                "/api/v1/organization/device/datastreams", "/api/v1/organization/device/datastream");
        assertThat(spec.getMap("paths.'/api/v1/organization/device/clear'.delete.responses"))
                .containsKeys("204", "400", "401", "404");
        assertThat(spec.getMap("paths.'/api/v1/organization/device/tags'"))
                .containsKeys("get", "post");
        assertThat(spec.getMap("components.securitySchemes")).containsKey("bearer");
    }

    @Test
    void unknownPathsAndMethodsAnswerWithTheErrorBody() {
        given().auth().oauth2(dev.devices.bootstrap.support.Api.rootToken()).get("/api/v1/organization/nothing-here")
                .then().statusCode(404).body("error.message", equalTo("Not found"));
        given().auth().oauth2(dev.devices.bootstrap.support.Api.rootToken()).patch("/api/v1/organization/device?deviceId=1")
                .then().statusCode(405).body("error.message", equalTo("Method not allowed"));
    }

    @Test
    void aBodyOverTwoMegabytesIs413WithTheErrorBodyAndWritesNothing() {
        var org = dev.devices.bootstrap.support.Api.newOrg();
        String huge = "{\"name\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        given().auth().oauth2(org.token()).contentType("application/json").body(huge)
                .post("/api/v1/organization/create").then().statusCode(413)
                .body("error.message", equalTo("Request body is too large: the limit is 2 MB."));
        given().auth().oauth2(org.token()).contentType("application/json").body(huge)
                .post("/api/v1/organization/device/create").then().statusCode(413);
        given().auth().oauth2(org.token()).get("/api/v1/organization/devices?includeSubOrgDevices=true")
                .then().body("totalElements", equalTo(0));
    }

    @Test
    void everyApiAnswerCarriesARequestId() {
        String token = dev.devices.bootstrap.support.Api.rootToken();
        given().auth().oauth2(token).header("X-Request-Id", "trace-42").get("/api/v1/organization")
                .then().statusCode(200).header("X-Request-Id", "trace-42");
        given().auth().oauth2(token).get("/api/v1/organization")
                .then().header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(token).header("X-Request-Id", "bad id\twith spaces").get("/api/v1/organization")
                .then().header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
        given().get("/api/v1/organization/devices").then().statusCode(401).header("X-Request-Id", notNullValue());
    }

    @Test
    void metricsShowLatencyPerEndpointAndRateLimitRejections() {
        // a 400 keeps its endpoint label (Micrometer files every 404 under uri="NOT_FOUND")
        given().auth().oauth2(dev.devices.bootstrap.support.Api.rootToken()).get("/api/v1/organization/device?deviceId=abc")
                .then().statusCode(400);
        String metrics = given().port(Management.TEST_PORT).get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"400\","
                + "uri=\"/api/v1/organization/device\"}");
        assertThat(metrics).contains("devices_rate_limit_rejections_total");
    }

    @Test
    void errorsNeverLeakInternals() {
        given().auth().oauth2(dev.devices.bootstrap.support.Api.rootToken()).contentType("application/json")
                .body("{\"templateId\": {\"deep\": [1, 2, {\"x\": null}]}, \"name\": \"x\"}")
                .post("/api/v1/organization/device/create").then().statusCode(400)
                .body("$", not(hasKey("stack"))).body(not(containsString("Exception")));
    }
}
