package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.ROOT_CLIENT_ID;
import static dev.devices.bootstrap.support.Api.ROOT_CLIENT_SECRET;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.devices.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** POST /oauth2/token: the grants of contract §4 and their RFC 6749 errors. */
@QuarkusTest
class TokenEndpointTest {

    @Test
    void clientCredentialsWithBasicAuthGiveABearerTokenPair() {
        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .post("/oauth2/token?grant_type=client_credentials")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(86400))
                .body("access_token", notNullValue())
                .body("refresh_token", notNullValue());
    }

    @Test
    void clientCredentialsAsFormParametersWork() {
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", ROOT_CLIENT_ID).formParam("client_secret", ROOT_CLIENT_SECRET)
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        Api.as(token).get("/api/v1/organization").then().statusCode(200);
    }

    @Test
    void clientCredentialsAsQueryParametersWork() {
        given().post("/oauth2/token?grant_type=client_credentials&client_id=" + ROOT_CLIENT_ID
                        + "&client_secret=" + ROOT_CLIENT_SECRET)
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void wrongSecretIsInvalidClient() {
        given().auth().preemptive().basic(ROOT_CLIENT_ID, "not-the-secret")
                .post("/oauth2/token?grant_type=client_credentials")
                .then().statusCode(401)
                .header("WWW-Authenticate", notNullValue())
                .body("error", equalTo("invalid_client"))
                .body("error_description", notNullValue());
    }

    @Test
    void unknownClientIsInvalidClient() {
        given().auth().preemptive().basic("no-such-client", "whatever")
                .post("/oauth2/token?grant_type=client_credentials")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void missingCredentialsAreInvalidClient() {
        given().post("/oauth2/token?grant_type=client_credentials")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET).post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void unknownGrantTypeIsUnsupported() {
        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .post("/oauth2/token?grant_type=implicit")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void aParameterSentTwiceIsInvalidRequest() {
        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .post("/oauth2/token?grant_type=client_credentials&grant_type=refresh_token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aRefreshTokenWorksExactlyOnce() {
        String refresh = given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .post("/oauth2/token?grant_type=client_credentials").then().extract().path("refresh_token");

        String access = given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/oauth2/token").then().statusCode(200)
                .body("refresh_token", notNullValue()).extract().path("access_token");
        Api.as(access).get("/api/v1/organization").then().statusCode(200);

        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aRefreshTokenOfAnotherClientIsInvalidGrant() {
        Api.Org other = Api.newOrg();
        String refresh = given().auth().preemptive().basic(other.clientId(), other.clientSecret())
                .post("/oauth2/token?grant_type=client_credentials").then().extract().path("refresh_token");

        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void refreshWithoutTheTokenIsInvalidRequest() {
        given().auth().preemptive().basic(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET)
                .post("/oauth2/token?grant_type=refresh_token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aClientsTokenIsScopedToItsOrganization() {
        Api.Org org = Api.newOrg();
        Api.as(org.token()).get("/api/v1/organization").then().statusCode(200).body("id", equalTo(org.id()))
                .body("lastModifiedTs", greaterThan(0L));
    }

    @Test
    void guessingAClientSecretIsSlowedDown() {
        Api.Org org = Api.newOrg();
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(org.clientId(), "guess-" + i)
                    .post("/oauth2/token?grant_type=client_credentials").then().statusCode(401);
        }
        given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                .post("/oauth2/token?grant_type=client_credentials")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("error", equalTo("slow_down"))
                .body("error_description", startsWith("Too many failed attempts"));
        Api.token(Api.ROOT_CLIENT_ID, Api.ROOT_CLIENT_SECRET); // other clients are not affected
    }
}
