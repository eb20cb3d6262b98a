package dev.devices.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * Fixtures over the public API, so tests arrange state the way users do: organizations with their own
 * OAuth clients and tokens, templates and devices. Every fixture is new, so tests never share state.
 */
public final class Api {

    public static final String ROOT_CLIENT_ID = "test-root-client";
    public static final String ROOT_CLIENT_SECRET = "test-root-secret";

    private static String rootToken;

    private Api() {
    }

    /** An organization with a client and an access token of its own. */
    public record Org(int id, String clientId, String clientSecret, String token) {
        public RequestSpecification as() {
            return Api.as(token);
        }
    }

    public static synchronized String rootToken() {
        if (rootToken == null) {
            rootToken = token(ROOT_CLIENT_ID, ROOT_CLIENT_SECRET);
        }
        return rootToken;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String token(String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret)
                .post("/oauth2/token?grant_type=client_credentials")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A new organization under {@code parentId} (null: the root), created with the parent's token. */
    public static Org newOrg(String parentToken, Integer parentId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Org " + UUID.randomUUID().toString().substring(0, 8));
        if (parentId != null) {
            body.put("parentOrganizationId", parentId);
        }
        int id = as(parentToken).body(body).post("/api/v1/organization/create")
                .then().statusCode(201).extract().path("id");
        var client = as(parentToken).body(Map.of("name", "client of " + id, "orgId", id))
                .post("/api/v1/organization/oauth/clients/create").then().statusCode(201).extract().jsonPath();
        String clientId = client.getString("clientId");
        String secret = client.getString("secret");
        return new Org(id, clientId, secret, token(clientId, secret));
    }

    public static Org newOrg() {
        return newOrg(rootToken(), null);
    }

    public static Org newSubOrg(Org parent) {
        return newOrg(parent.token(), parent.id());
    }

    /** A template of the caller's organization with a LIFECYCLE event, two metafields and a datastream. */
    public static Map<String, Object> newTemplate(String token) {
        var json = as(token).body("""
                {"name": "Sensor",
                 "events": [{"name": "Provisioned", "eventCode": "provisioned", "type": "LIFECYCLE"},
                            {"name": "Too hot", "eventCode": "too_hot", "type": "WARNING"}],
                 "metaFields": [{"name": "Serial", "type": "Text", "isMandatory": true},
                                {"name": "Name", "type": "DeviceName"},
                                {"name": "Owner", "type": "DeviceOwner"}],
                 "dataStreams": [{"label": "Temperature", "alias": "temp", "pin": "v1", "type": "Double", "min": -40, "max": 80}]}
                """).post("/api/v1/organization/template/create").then().statusCode(201).extract().jsonPath();
        return Map.of("id", json.getInt("id"), "stringId", json.getString("templateIds[0]"));
    }

    public static int newDevice(String token, Object templateId, String name) {
        return as(token).body(Map.of("templateId", templateId, "name", name))
                .post("/api/v1/organization/device/create").then().statusCode(201).extract().path("id");
    }

    /** A device owned by that user (of the token's organization). */
    public static int newDevice(String token, Object templateId, String name, long ownerId) {
        return as(token).body(Map.of("templateId", templateId, "name", name, "ownerId", ownerId))
                .post("/api/v1/organization/device/create").then().statusCode(201).extract().path("id");
    }

    public static long newUser(String token, Integer orgId, String role) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "email", "user-" + UUID.randomUUID() + "@example.com", "name", "Test User", "role", role));
        if (orgId != null) {
            body.put("orgId", orgId);
        }
        return ((Number) as(token).body(body).post("/api/v1/organization/user/create")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** A user with a password and a user-scoped token obtained with its organization's client. */
    public record User(long id, String email, String password, String token) {
        public RequestSpecification as() {
            return Api.as(token);
        }
    }

    /** A new user of {@code org} with that role, and its token (grant_type=password). */
    public static User newUserWithToken(Org org, String role) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String password = "pw-" + UUID.randomUUID();
        long id = ((Number) org.as().body(Map.of("email", email, "name", role + " user", "role", role,
                        "password", password)).post("/api/v1/organization/user/create")
                .then().statusCode(201).extract().path("id")).longValue();
        return new User(id, email, password, userToken(org.clientId(), org.clientSecret(), email, password));
    }

    public static String userToken(String clientId, String secret, String email, String password) {
        return given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "password").formParam("username", email).formParam("password", password)
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
    }

    public static String notFoundMessage(int deviceId) {
        return "Device with identifier " + deviceId + " is not found or belong to another organization.";
    }
}
