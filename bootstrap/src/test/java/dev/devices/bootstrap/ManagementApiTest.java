package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newSubOrg;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The management calls of contract §7: organizations, users, templates, OAuth clients. */
@QuarkusTest
class ManagementApiTest {

    private static final String ORG_NOT_FOUND = "Organization is not found or you don't have access to it.";

    // ---------- organizations ----------

    @Test
    void createASubOrganizationAndReadIt() {
        Org org = newOrg();
        int id = as(org.token()).body(Map.of("name", "Kyiv office", "description", "Field team", "tz", "Europe/Kyiv"))
                .post("/api/v1/organization/create").then().statusCode(201)
                .body("name", equalTo("Kyiv office")).body("description", equalTo("Field team"))
                .body("tz", equalTo("Europe/Kyiv")).body("parentOrganizationId", equalTo(org.id()))
                .extract().path("id");
        as(org.token()).get("/api/v1/organization?orgId=" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("parentOrganizationId", equalTo(org.id()));
        as(org.token()).get("/api/v1/organization").then().statusCode(200).body("id", equalTo(org.id()));
    }

    @Test
    void organizationsOutsideTheReachAre404() {
        Org org = newOrg();
        Org sibling = newOrg();
        Org child = newSubOrg(org);
        as(org.token()).get("/api/v1/organization?orgId=" + sibling.id()).then().statusCode(404)
                .body("error.message", equalTo(ORG_NOT_FOUND));
        as(child.token()).get("/api/v1/organization?orgId=" + org.id()).then().statusCode(404)
                .body("error.message", equalTo(ORG_NOT_FOUND));
        as(org.token()).body(Map.of("name", "Intruder", "parentOrganizationId", sibling.id()))
                .post("/api/v1/organization/create").then().statusCode(404).body("error.message", equalTo(ORG_NOT_FOUND));
    }

    @Test
    void createOrganizationRejectsBadInput() {
        Org org = newOrg();
        String path = "/api/v1/organization/create";
        as(org.token()).post(path).then().statusCode(400).body("error.message", equalTo("A JSON request body is required."));
        as(org.token()).body(Map.of("description", "no name")).post(path).then().statusCode(400)
                .body("error.message", containsString("name"));
        as(org.token()).body(Map.of("name", "x".repeat(101))).post(path).then().statusCode(400)
                .body("error.message", containsString("name"));
        as(org.token()).body(Map.of("name", "Bad tz", "tz", "Mars/Olympus")).post(path).then().statusCode(400)
                .body("error.message", containsString("tz"));
        as(org.token()).get("/api/v1/organization?orgId=-4").then().statusCode(400)
                .body("error.message", equalTo("'orgId' must be a positive integer."));
    }

    // ---------- users ----------

    @Test
    void createAndListUsersWithoutEverShowingThePassword() {
        Org org = newOrg();
        String email = "Ann." + UUID.randomUUID() + "@Example.com";
        as(org.token()).body(Map.of("email", email, "name", "Ann", "role", "Staff", "password", "correct horse"))
                .post("/api/v1/organization/user/create").then().statusCode(201)
                .body("email", equalTo(email)).body("name", equalTo("Ann")).body("role", equalTo("Staff"))
                .body("orgId", equalTo(org.id())).body("status", equalTo("Active"))
                .body("$", not(hasKey("password"))).body("$", not(hasKey("passwordHash")));
        as(org.token()).get("/api/v1/organization/users").then().statusCode(200)
                .body("totalElements", equalTo(1)).body("content.email", contains(email))
                .body("content[0]", not(hasKey("password")));
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        Org org = newOrg();
        String email = "dup-" + UUID.randomUUID() + "@example.com";
        as(org.token()).body(Map.of("email", email, "name", "First", "role", "User"))
                .post("/api/v1/organization/user/create").then().statusCode(201);
        as(org.token()).body(Map.of("email", email.toUpperCase(), "name", "Second", "role", "User"))
                .post("/api/v1/organization/user/create").then().statusCode(409)
                .body("error.message", equalTo("User with this email already exists."));
    }

    @Test
    void createUserRejectsBadInput() {
        Org org = newOrg();
        String path = "/api/v1/organization/user/create";
        String email = "u-" + UUID.randomUUID() + "@example.com";
        as(org.token()).body(Map.of("email", "not-an-email", "name", "X", "role", "User")).post(path)
                .then().statusCode(400).body("error.message", equalTo("email must be a valid email address."));
        as(org.token()).body(Map.of("email", email, "name", "X", "role", "Owner")).post(path)
                .then().statusCode(400).body("error.message", equalTo("role must be one of Admin, Staff, User."));
        as(org.token()).body(Map.of("email", email, "name", "X", "role", "User", "status", "Sleeping")).post(path)
                .then().statusCode(400).body("error.message", containsString("status"));
        as(org.token()).body(Map.of("email", email, "role", "User")).post(path)
                .then().statusCode(400).body("error.message", containsString("name"));
        as(org.token()).body(Map.of("email", email, "name", "X", "role", "User", "password", "short")).post(path)
                .then().statusCode(400).body("error.message", containsString("password"));
        as(org.token()).body(Map.of("name", "X", "role", "User")).post(path)
                .then().statusCode(400).body("error.message", equalTo("Field 'email' is required."));
        as(org.token()).get("/api/v1/organization/users").then().body("totalElements", equalTo(0));
    }

    @Test
    void usersOfOrganizationsOutsideTheReachAre404() {
        Org org = newOrg();
        Org sibling = newOrg();
        as(org.token()).get("/api/v1/organization/users?orgId=" + sibling.id()).then().statusCode(404)
                .body("error.message", equalTo(ORG_NOT_FOUND));
        as(org.token()).body(Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "name", "X", "role", "User",
                "orgId", sibling.id())).post("/api/v1/organization/user/create").then().statusCode(404)
                .body("error.message", equalTo(ORG_NOT_FOUND));
    }

    // ---------- templates ----------

    @Test
    void createATemplateWithEventsMetafieldsAndDatastreams() {
        Org org = newOrg();
        as(org.token()).body("""
                {"name": "Thermostat", "heartbeatSeconds": 120,
                 "events": [{"name": "Overheat", "eventCode": "overheat", "type": "CRITICAL"}],
                 "metaFields": [{"name": "Room", "type": "List", "options": ["Hall", "Kitchen"]},
                                {"name": "Setpoint", "type": "Number", "min": 5, "max": 30}],
                 "dataStreams": [{"label": "Temperature", "alias": "t", "pin": "v0", "type": "Double", "min": -40, "max": 80}]}
                """).post("/api/v1/organization/template/create").then().statusCode(201)
                .body("name", equalTo("Thermostat")).body("orgId", equalTo(org.id()))
                .body("templateIds", hasSize(1)).body("templateIds[0]", matchesPattern("TMPL[A-Za-z0-9]{9}"))
                .body("heartbeatSeconds", equalTo(120))
                .body("events[0].eventCode", equalTo("overheat")).body("events[0].type", equalTo("CRITICAL"))
                .body("metaFields[0].options", contains("Hall", "Kitchen"))
                .body("metaFields[1].max", equalTo(30.0f))
                .body("dataStreams[0].pin", equalTo("v0"));
        as(org.token()).get("/api/v1/organization/templates").then().statusCode(200)
                .body("totalElements", equalTo(1)).body("content[0].name", equalTo("Thermostat"));
    }

    @Test
    void aChildTemplateKeepsItsOriginal() {
        Org org = newOrg();
        int root = (Integer) Api.newTemplate(org.token()).get("id");
        int child = as(org.token()).body(Map.of("name", "Child", "parentId", root))
                .post("/api/v1/organization/template/create").then().statusCode(201)
                .body("parentId", equalTo(root)).extract().path("id");
        int device = Api.newDevice(org.token(), child, "From child template");
        as(org.token()).get("/api/v1/organization/device?deviceId=" + device).then()
                .body("templateId", equalTo(child)).body("originalTemplateId", equalTo(root));
    }

    @Test
    void createTemplateRejectsBadDeclarations() {
        Org org = newOrg();
        String path = "/api/v1/organization/template/create";
        for (Map.Entry<String, String> bad : Map.of(
                "{\"name\": \"T\", \"events\": [{\"name\": \"E\", \"eventCode\": \"e\", \"type\": \"PARTY\"}]}", "events.type",
                "{\"name\": \"T\", \"events\": [{\"name\": \"E\", \"eventCode\": \"bad code\", \"type\": \"NOTE\"}]}", "events.eventCode",
                "{\"name\": \"T\", \"metaFields\": [{\"name\": \"M\", \"type\": \"Blob\"}]}", "metaFields.type",
                "{\"name\": \"T\", \"metaFields\": [{\"name\": \"M\", \"type\": \"List\"}]}", "metaFields.options",
                "{\"name\": \"T\", \"dataStreams\": [{\"label\": \"D\", \"pin\": \"v256\", \"type\": \"Double\"}]}", "dataStreams.pin",
                "{\"name\": \"T\", \"dataStreams\": [{\"label\": \"D\", \"pin\": \"v1\", \"type\": \"Double\", \"min\": 5, \"max\": 1}]}", "dataStreams.min",
                "{\"name\": \"T\", \"dataStreams\": [{\"label\": \"A\", \"pin\": \"v1\", \"type\": \"Double\"}, {\"label\": \"B\", \"pin\": \"v1\", \"type\": \"String\"}]}", "dataStreams.pin",
                "{\"name\": \"T\", \"heartbeatSeconds\": 0}", "heartbeatSeconds",
                "{\"events\": []}", "name").entrySet()) {
            as(org.token()).body(bad.getKey()).post(path).then().statusCode(400)
                    .body("error.message", containsString(bad.getValue()));
        }
        as(org.token()).get("/api/v1/organization/templates").then().body("totalElements", equalTo(0));
    }

    @Test
    void templatesOutsideTheReachAre404() {
        Org org = newOrg();
        Org sibling = newOrg();
        int siblingTemplate = (Integer) Api.newTemplate(sibling.token()).get("id");
        as(org.token()).get("/api/v1/organization/templates?orgId=" + sibling.id()).then().statusCode(404)
                .body("error.message", equalTo(ORG_NOT_FOUND));
        as(org.token()).body(Map.of("name", "Child", "parentId", siblingTemplate))
                .post("/api/v1/organization/template/create").then().statusCode(404)
                .body("error.message", equalTo("Template is not found."));
    }

    // ---------- OAuth clients ----------

    @Test
    void aNewClientShowsItsSecretOnceAndGetsTokensOfItsOrganization() {
        Org org = newOrg();
        Org child = newSubOrg(org);
        var created = as(org.token()).body(Map.of("name", "Integration", "orgId", child.id()))
                .post("/api/v1/organization/oauth/clients/create").then().statusCode(201)
                .body("orgId", equalTo(child.id())).body("name", equalTo("Integration"))
                .extract().jsonPath();
        String token = Api.token(created.getString("clientId"), created.getString("secret"));
        as(token).get("/api/v1/organization").then().body("id", equalTo(child.id()));
    }

    @Test
    void clientsCannotBeCreatedOutsideTheReachOrWithoutAName() {
        Org org = newOrg();
        Org sibling = newOrg();
        as(org.token()).body(Map.of("name", "Spy", "orgId", sibling.id()))
                .post("/api/v1/organization/oauth/clients/create").then().statusCode(404)
                .body("error.message", equalTo(ORG_NOT_FOUND));
        as(org.token()).body(Map.of("orgId", org.id())).post("/api/v1/organization/oauth/clients/create")
                .then().statusCode(400).body("error.message", containsString("name"));
    }

    @Test
    void pagingParametersAreCheckedOnEveryList() {
        Org org = newOrg();
        for (String list : List.of("/api/v1/organization/users", "/api/v1/organization/templates")) {
            as(org.token()).get(list + "?size=1001").then().statusCode(400)
                    .body("error.message", equalTo("Page size must be between 1 and 1000."));
            as(org.token()).get(list + "?page=-1").then().statusCode(400);
        }
    }
}
