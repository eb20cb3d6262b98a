package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An OAuth client's platform-API scope and its deletion, as the tokens it issued feel them. */
@QuarkusTest
class OAuthClientAccessTest {

    private static final String SCOPE_OFF = "Platform API scope is not enabled for this oauth client.";

    @Test
    void aClientWithoutTheScopeGetsBlynksForbiddenOnEveryApiCall() {
        Org org = Api.newOrg();
        var client = org.as().body(Map.of("name", "no api", "platformApiScope", false))
                .post("/api/v1/organization/oauth/clients/create").then().statusCode(201)
                .body("platformApiScope", equalTo(false)).extract().jsonPath();
        String token = Api.token(client.getString("clientId"), client.getString("secret"));

        Api.as(token).get("/api/v1/organization/devices").then().statusCode(403)
                .body("error.message", equalTo(SCOPE_OFF));
        Api.as(token).body("{not even json").post("/api/v1/organization/device/create").then().statusCode(403)
                .body("error.message", equalTo(SCOPE_OFF));
        Api.as(token).get("/api/v2/organization/devices").then().statusCode(403);
    }

    @Test
    void switchingTheScopeAppliesToTokensAlreadyIssued() {
        Org org = Api.newOrg();
        Org other = Api.newSubOrg(org);
        other.as().get("/api/v1/organization").then().statusCode(200);

        org.as().body(Map.of("clientId", other.clientId(), "platformApiScope", false))
                .post("/api/v1/organization/oauth/clients/update").then().statusCode(200)
                .body("clientId", equalTo(other.clientId())).body("platformApiScope", equalTo(false))
                .body("secret", nullValue());
        other.as().get("/api/v1/organization").then().statusCode(403).body("error.message", equalTo(SCOPE_OFF));

        org.as().body(Map.of("clientId", other.clientId(), "platformApiScope", true))
                .post("/api/v1/organization/oauth/clients/update").then().statusCode(200);
        other.as().get("/api/v1/organization").then().statusCode(200);
    }

    @Test
    void onlyReachableClientsCanBeChangedAndTheBodyIsChecked() {
        Org org = Api.newOrg();
        Org sibling = Api.newOrg();
        org.as().body(Map.of("clientId", sibling.clientId(), "platformApiScope", false))
                .post("/api/v1/organization/oauth/clients/update").then().statusCode(404)
                .body("error.message", equalTo("OAuth client is not found or you don't have access to it."));
        org.as().body(Map.of("clientId", "no-such-client", "platformApiScope", false))
                .post("/api/v1/organization/oauth/clients/update").then().statusCode(404);
        org.as().body(Map.of("clientId", org.clientId()))
                .post("/api/v1/organization/oauth/clients/update").then().statusCode(400)
                .body("error.message", equalTo("Field 'platformApiScope' is required."));
        Api.newUserWithToken(org, "Staff").as().body(Map.of("clientId", org.clientId(), "platformApiScope", false))
                .post("/api/v1/organization/oauth/clients/update").then().statusCode(403);
        sibling.as().get("/api/v1/organization").then().statusCode(200);
    }

    @Test
    void tokensOfADeletedClientStopWorking() {
        Org org = Api.newOrg();
        Org child = Api.newSubOrg(org);
        String refreshToken = given().auth().preemptive().basic(child.clientId(), child.clientSecret())
                .post("/oauth2/token?grant_type=client_credentials").then().statusCode(200).extract().path("refresh_token");

        org.as().delete("/api/v1/organization/oauth/clients?clientId=" + child.clientId()).then().statusCode(204);

        child.as().get("/api/v1/organization").then().statusCode(401).body("error.message", equalTo("Unauthorized"));
        given().auth().preemptive().basic(child.clientId(), child.clientSecret())
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        org.as().delete("/api/v1/organization/oauth/clients?clientId=" + child.clientId()).then().statusCode(404);
        org.as().delete("/api/v1/organization/oauth/clients").then().statusCode(400);
    }
}
