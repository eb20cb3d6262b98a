package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** grant_type=user_credentials / password: user-scoped tokens, what they see, and the grant's errors. */
@QuarkusTest
class UserTokenTest {

    @Test
    void aUserTokenSeesOnlyTheDevicesItsUserOwns() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        int owned = Api.newDevice(org.token(), templateId, "Owned", user.id());
        int notOwned = Api.newDevice(org.token(), templateId, "Not owned");

        // Blynk: listing and searching the organization's devices needs ORG_DEVICES_VIEW
        user.as().get("/api/v1/organization/devices").then().statusCode(403).body("error.message", equalTo("Forbidden"));
        user.as().get("/api/v1/organization/search/devices?query=Owned").then().statusCode(403);
        // its own it finds by its email, and reads one by one
        user.as().get("/api/v1/organization/device/by-owner?ownerEmail=" + user.email()).then().statusCode(200)
                .body("content.id", contains(owned)).body("totalElements", equalTo(1));
        user.as().get("/api/v1/organization/device?deviceId=" + owned).then().statusCode(200);
        user.as().get("/api/v1/organization/device?deviceId=" + notOwned).then().statusCode(404);
        org.as().get("/api/v1/organization/devices").then().statusCode(200).body("totalElements", equalTo(2));
    }

    @Test
    void aDeviceAUserCreatesWithoutNamingAnOwnerIsItsOwn() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        user.as().body(Map.of("templateId", templateId, "name", "Mine"))
                .post("/api/v1/organization/device/create").then().statusCode(201)
                .body("ownerUserId", equalTo((int) user.id()));
    }

    @Test
    void userCredentialsIsTheSameGrantAsPassword() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "Staff");
        String token = given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                .formParam("grant_type", "user_credentials")
                .formParam("username", user.email()).formParam("password", user.password())
                .post("/oauth2/token").then().statusCode(200)
                .body("token_type", equalTo("Bearer")).body("refresh_token", notNullValue())
                .extract().path("access_token");
        Api.as(token).get("/api/v1/organization/users").then().statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameInvalidGrant() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        for (String[] credentials : new String[][] {{user.email(), "wrong"}, {"nobody-" + UUID.randomUUID() + "@x.io", "x"},
                {"not an email", "x"}}) {
            given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                    .formParam("grant_type", "password")
                    .formParam("username", credentials[0]).formParam("password", credentials[1])
                    .post("/oauth2/token").then().statusCode(400)
                    .body("error", equalTo("invalid_grant"))
                    .body("error_description", equalTo("The username or password is incorrect."));
        }
    }

    @Test
    void usernameAndPasswordAreRequired() {
        Org org = Api.newOrg();
        given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                .formParam("grant_type", "password").formParam("username", "someone@example.com")
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void theClientMustBeValidBeforeAnyUserIsChecked() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        given().auth().preemptive().basic(org.clientId(), "wrong-secret")
                .formParam("grant_type", "password")
                .formParam("username", user.email()).formParam("password", user.password())
                .post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aUserWhoIsNotActiveGetsNoToken() {
        Org org = Api.newOrg();
        String email = "pending-" + UUID.randomUUID() + "@example.com";
        org.as().body(Map.of("email", email, "name", "Pending", "role", "User", "password", "secret-pw",
                "status", "Pending")).post("/api/v1/organization/user/create").then().statusCode(201);
        given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                .formParam("grant_type", "password").formParam("username", email).formParam("password", "secret-pw")
                .post("/oauth2/token").then().statusCode(400)
                .body("error", equalTo("invalid_grant")).body("error_description", equalTo("The user is not active."));
    }

    @Test
    void aClientGivesNoTokensForUsersOutsideItsOrganizationsSubtree() {
        Org org = Api.newOrg();
        Org sibling = Api.newOrg();
        User user = Api.newUserWithToken(org, "Admin");
        given().auth().preemptive().basic(sibling.clientId(), sibling.clientSecret())
                .formParam("grant_type", "password")
                .formParam("username", user.email()).formParam("password", user.password())
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aParentOrganizationsClientGivesTokensForUsersOfItsSubOrganizations() {
        Org parent = Api.newOrg();
        Org child = Api.newSubOrg(parent);
        User user = Api.newUserWithToken(child, "Admin");
        String token = Api.userToken(parent.clientId(), parent.clientSecret(), user.email(), user.password());
        Api.as(token).get("/api/v1/organization").then().statusCode(200).body("id", equalTo(child.id()));
    }

    @Test
    void refreshingAUserTokenKeepsItUserScoped() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        Api.newDevice(org.token(), templateId, "Someone else's");
        String refreshToken = given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                .formParam("grant_type", "password")
                .formParam("username", user.email()).formParam("password", user.password())
                .post("/oauth2/token").then().statusCode(200).extract().path("refresh_token");
        String refreshed = given().auth().preemptive().basic(org.clientId(), org.clientSecret())
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        Api.as(refreshed).get("/api/v1/organization/device/by-owner?ownerEmail=" + user.email()).then().statusCode(200)
                .body("totalElements", equalTo(0));
        Api.as(refreshed).get("/api/v1/organization/devices").then().statusCode(403);
        Api.as(refreshed).get("/api/v1/organization/users").then().statusCode(403)
                .body("error.message", equalTo("Forbidden"));
    }

    @Test
    void deletingAUserEndsItsTokensAndLeavesItsDevicesWithoutOwner() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), templateId, "Owned", user.id());
        user.as().get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200);

        Api.newUserWithToken(org, "Staff").as().delete("/api/v1/organization/user?userId=" + user.id())
                .then().statusCode(403);
        Api.newOrg().as().delete("/api/v1/organization/user?userId=" + user.id()).then().statusCode(404)
                .body("error.message", equalTo("User is not found or you don't have access to him."));
        org.as().delete("/api/v1/organization/user?userId=" + user.id()).then().statusCode(204);

        user.as().get("/api/v1/organization/device?deviceId=" + device).then().statusCode(401);
        org.as().get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200)
                .body("ownerUserId", nullValue());
        org.as().delete("/api/v1/organization/user?userId=" + user.id()).then().statusCode(404);
        org.as().delete("/api/v1/organization/user?userId=abc").then().statusCode(400)
                .body("error.message", equalTo("'userId' must be a positive integer."));
    }
}
