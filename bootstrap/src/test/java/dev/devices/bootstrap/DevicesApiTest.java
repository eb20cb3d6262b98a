package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newDevice;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newSubOrg;
import static dev.devices.bootstrap.support.Api.newTemplate;
import static dev.devices.bootstrap.support.Api.notFoundMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** D1, D4-D8 over HTTP against PostgreSQL: shapes, errors and who reaches what. */
@QuarkusTest
class DevicesApiTest {

    private static final String NAME_RULE = "Device name should be up to 50 symbols in length and may contain only"
            + " letters, digits, spaces, apostrophes, underscores and hyphens.";

    // ---------- D8 create ----------

    @Test
    void createFromStringTemplateIdAnswers201WithTheDetail() {
        Org org = newOrg();
        Map<String, Object> template = newTemplate(org.token());

        as(org.token()).body(Map.of("templateId", template.get("stringId"), "name", "Living Room Sensor"))
                .post("/api/v1/organization/device/create")
                .then().statusCode(201)
                .body("id", not(nullValue()))
                .body("name", equalTo("Living Room Sensor"))
                .body("templateId", equalTo(template.get("id")))
                .body("originalTemplateId", equalTo(template.get("id")))
                .body("orgId", equalTo(org.id()))
                .body("token", matchesPattern("[A-Za-z0-9_-]{32}"))
                .body("$", not(hasKey("ownerUserId")))
                .body("$", not(hasKey("activatedAt")))
                .body("lifecycleStatus.name", equalTo("Provisioned"))
                .body("dataStreamValues", hasSize(0))
                .body("metaFieldValues.name", contains("Serial", "Name", "Owner"))
                .body("metaFieldValues[0].isMandatory", equalTo(true))
                .body("metaFieldValues[0].value.type", equalTo("Text"))
                .body("metaFieldValues[1].value", equalTo(Map.of("type", "DeviceName", "value", "Living Room Sensor")))
                .body("metaFieldValues[2].value", equalTo(Map.of("type", "DeviceOwner")));
    }

    @Test
    void createFromNumericTemplateIdAndBaseInfoLeavesOutValues() {
        Org org = newOrg();
        Object templateId = newTemplate(org.token()).get("id");

        as(org.token()).body(Map.of("templateId", templateId, "name", "Boiler"))
                .post("/api/v1/organization/device/create?baseInfo=true")
                .then().statusCode(201)
                .body("templateId", equalTo(templateId))
                .body("$", not(hasKey("dataStreamValues")))
                .body("$", not(hasKey("metaFieldValues")));
    }

    @Test
    void createWithOwnerAndWithTheMisspeltOnwerIdAlias() {
        Org org = newOrg();
        Object templateId = newTemplate(org.token()).get("id");
        long owner = Api.newUser(org.token(), null, "User");

        as(org.token()).body(Map.of("templateId", templateId, "name", "Owned", "ownerId", owner))
                .post("/api/v1/organization/device/create").then().statusCode(201)
                .body("ownerUserId", equalTo((int) owner))
                .body("metaFieldValues[2].value.value", containsString("@example.com"));
        as(org.token()).body(Map.of("templateId", templateId, "name", "Owned too", "onwerId", owner))
                .post("/api/v1/organization/device/create").then().statusCode(201)
                .body("ownerUserId", equalTo((int) owner));
    }

    @Test
    void createInASubOrganizationWithTheParentsTemplate() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        Object templateId = newTemplate(parent.token()).get("id");

        as(parent.token()).body(Map.of("templateId", templateId, "name", "In child", "orgId", child.id()))
                .post("/api/v1/organization/device/create").then().statusCode(201).body("orgId", equalTo(child.id()));
        // the child organization may use its ancestor's template too
        as(child.token()).body(Map.of("templateId", templateId, "name", "By child"))
                .post("/api/v1/organization/device/create").then().statusCode(201).body("orgId", equalTo(child.id()));
    }

    @Test
    void tokensAreUniqueAcrossDevices() {
        Org org = newOrg();
        Object templateId = newTemplate(org.token()).get("id");
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(as(org.token()).body(Map.of("templateId", templateId, "name", "D" + i))
                    .post("/api/v1/organization/device/create").then().statusCode(201).extract().path("token"));
        }
        assertThat(tokens).hasSize(20);
    }

    @Test
    void createRejectsInvalidNames() {
        Org org = newOrg();
        Object templateId = newTemplate(org.token()).get("id");
        for (String name : List.of("", "   ", "a".repeat(51), "Bad/Name", "Tab\tName", "<script>")) {
            as(org.token()).body(Map.of("templateId", templateId, "name", name))
                    .post("/api/v1/organization/device/create")
                    .then().statusCode(400).body("error.message", equalTo(NAME_RULE));
        }
        // the rule admits any script, apostrophes, underscores, hyphens and exactly 50 characters
        for (String name : List.of("Датчик_1", "O'Brien-2", "a".repeat(50))) {
            as(org.token()).body(Map.of("templateId", templateId, "name", name))
                    .post("/api/v1/organization/device/create").then().statusCode(201).body("name", equalTo(name));
        }
    }

    @Test
    void createRejectsMissingAndMalformedBodies() {
        Org org = newOrg();
        String path = "/api/v1/organization/device/create";
        as(org.token()).post(path).then().statusCode(400).body("error.message", equalTo("A JSON request body is required."));
        as(org.token()).body("{not json").post(path).then().statusCode(400)
                .body("error.message", equalTo("The request body is not valid JSON."));
        as(org.token()).body(Map.of("name", "No template")).post(path).then().statusCode(400)
                .body("error.message", equalTo("Field 'templateId' is required."));
        as(org.token()).body(Map.of("templateId", 1)).post(path).then().statusCode(400)
                .body("error.message", equalTo("Field 'name' is required."));
        as(org.token()).body(Map.of("templateId", 1.5, "name", "x")).post(path).then().statusCode(400)
                .body("error.message", containsString("templateId"));
        as(org.token()).body("{\"templateId\": 1, \"name\": \"x\", \"orgId\": \"abc\"}").post(path).then().statusCode(400)
                .body("error.message", equalTo("Field 'orgId' has a value of the wrong type."));
        as(org.token()).body("{\"templateId\": 1, \"name\": 42}").post(path).then().statusCode(400)
                .body("error.message", equalTo("Field 'name' has a value of the wrong type."));
        as(org.token()).queryParam("baseInfo", "maybe").body(Map.of("templateId", 1, "name", "x")).post(path)
                .then().statusCode(400).body("error.message", containsString("baseInfo"));
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJson() {
        Org org = newOrg();
        Object templateId = newTemplate(org.token()).get("id");
        io.restassured.RestAssured.given().auth().oauth2(org.token()).noContentType()
                .body(("{\"templateId\": " + templateId + ", \"name\": \"No header\"}").getBytes())
                .post("/api/v1/organization/device/create").then().statusCode(201).body("name", equalTo("No header"));
    }

    @Test
    void createAnswers404ForUnknownOrUnreachableTemplateOrgAndOwner() {
        Org org = newOrg();
        Org sibling = newOrg();
        Object ownTemplate = newTemplate(org.token()).get("id");
        Map<String, Object> siblingTemplate = newTemplate(sibling.token());
        long siblingUser = Api.newUser(sibling.token(), null, "User");
        String path = "/api/v1/organization/device/create";

        as(org.token()).body(Map.of("templateId", "TMPL000000000", "name", "x")).post(path)
                .then().statusCode(404).body("error.message", equalTo("Template is not found."));
        as(org.token()).body(Map.of("templateId", 999999, "name", "x")).post(path)
                .then().statusCode(404).body("error.message", equalTo("Template is not found."));
        as(org.token()).body(Map.of("templateId", siblingTemplate.get("stringId"), "name", "x")).post(path)
                .then().statusCode(404).body("error.message", equalTo("Template is not found."));
        as(org.token()).body(Map.of("templateId", ownTemplate, "name", "x", "orgId", sibling.id())).post(path)
                .then().statusCode(404).body("error.message", equalTo("Organization is not found or you don't have access to it."));
        as(org.token()).body(Map.of("templateId", ownTemplate, "name", "x", "orgId", 999999)).post(path)
                .then().statusCode(404).body("error.message", equalTo("Organization is not found or you don't have access to it."));
        as(org.token()).body(Map.of("templateId", ownTemplate, "name", "x", "ownerId", siblingUser)).post(path)
                .then().statusCode(404).body("error.message", equalTo("User is not found or you don't have access to him."));
        as(org.token()).body(Map.of("templateId", ownTemplate, "name", "x", "ownerId", 99999999)).post(path)
                .then().statusCode(404).body("error.message", equalTo("User is not found or you don't have access to him."));
    }

    @Test
    void aTemplateOfASubOrganizationCannotBeUsedByItsParent() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        Object childTemplate = newTemplate(child.token()).get("id");
        as(parent.token()).body(Map.of("templateId", childTemplate, "name", "x"))
                .post("/api/v1/organization/device/create")
                .then().statusCode(404).body("error.message", equalTo("Template is not found."));
    }

    // ---------- D4 get, D7 base info ----------

    @Test
    void getAndBaseInfoShowTheDevice() {
        Org org = newOrg();
        int id = newDevice(org.token(), newTemplate(org.token()).get("id"), "Garage");

        as(org.token()).get("/api/v1/organization/device?deviceId=" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Garage"))
                .body("metaFieldValues", hasSize(3)).body("dataStreamValues", hasSize(0))
                .body("lifecycleStatus.eventId", not(nullValue()));
        as(org.token()).get("/api/v1/organization/device/baseInfo?deviceId=" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Garage"))
                .body("$", not(hasKey("metaFieldValues"))).body("$", not(hasKey("dataStreamValues")));
    }

    @Test
    void badDeviceIdsAre400NamingTheParameter() {
        Org org = newOrg();
        for (String path : List.of("/api/v1/organization/device", "/api/v1/organization/device/baseInfo")) {
            as(org.token()).get(path).then().statusCode(400)
                    .body("error.message", equalTo("Bad request - invalid device ID: 'deviceId' is required."));
            for (String bad : List.of("abc", "1.5", "-1", "0", "99999999999", "1;DROP TABLE device")) {
                as(org.token()).queryParam("deviceId", bad).get(path).then().statusCode(400)
                        .body("error.message", equalTo("Bad request - invalid device ID: 'deviceId' must be a positive integer."));
            }
        }
        as(org.token()).delete("/api/v1/organization/device?deviceId=x").then().statusCode(400);
        as(org.token()).body(Map.of("name", "x")).put("/api/v1/organization/device?deviceId=x").then().statusCode(400);
    }

    // ---------- D5 rename ----------

    @Test
    void renameAnswersTheDeviceAndChangesIt() {
        Org org = newOrg();
        int id = newDevice(org.token(), newTemplate(org.token()).get("id"), "Old name");

        as(org.token()).body(Map.of("name", "New name")).put("/api/v1/organization/device?deviceId=" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("name", equalTo("New name"))
                .body("$", not(hasKey("metaFieldValues")));
        as(org.token()).get("/api/v1/organization/device?deviceId=" + id).then()
                .body("name", equalTo("New name"))
                .body("metaFieldValues[1].value.value", equalTo("New name"));
    }

    @Test
    void renameRejectsBadBodiesAndKeepsTheName() {
        Org org = newOrg();
        int id = newDevice(org.token(), newTemplate(org.token()).get("id"), "Keep me");
        String path = "/api/v1/organization/device?deviceId=" + id;

        as(org.token()).put(path).then().statusCode(400).body("error.message", equalTo("A JSON request body is required."));
        as(org.token()).body("{}").put(path).then().statusCode(400).body("error.message", equalTo("Field 'name' is required."));
        as(org.token()).body(Map.of("name", "a".repeat(51))).put(path).then().statusCode(400)
                .body("error.message", equalTo(NAME_RULE));
        as(org.token()).body("[\"x\"]").put(path).then().statusCode(400);
        as(org.token()).contentType("text/plain").body("name").put(path).then().statusCode(415)
                .body("error.message", containsString("application/json"));
        as(org.token()).get("/api/v1/organization/device?deviceId=" + id).then().body("name", equalTo("Keep me"));
    }

    @Test
    void unknownJsonFieldsAreIgnored() {
        Org org = newOrg();
        int id = newDevice(org.token(), newTemplate(org.token()).get("id"), "Before");
        as(org.token()).body(Map.of("name", "After", "color", "red")).put("/api/v1/organization/device?deviceId=" + id)
                .then().statusCode(200).body("name", equalTo("After"));
    }

    // ---------- D6 delete ----------

    @Test
    void deleteAnswers204AndTheDeviceIsGone() {
        Org org = newOrg();
        int id = newDevice(org.token(), newTemplate(org.token()).get("id"), "Doomed");

        as(org.token()).delete("/api/v1/organization/device?deviceId=" + id).then().statusCode(204).body(emptyString());
        as(org.token()).get("/api/v1/organization/device?deviceId=" + id).then().statusCode(404)
                .body("error.message", equalTo(notFoundMessage(id)));
        as(org.token()).delete("/api/v1/organization/device?deviceId=" + id).then().statusCode(404);
    }

    // ---------- D1 list ----------

    @Test
    void listShowsTheOrganizationsDevicesInIdOrderWithPaging() {
        Org org = newOrg();
        Object templateId = newTemplate(org.token()).get("id");
        int first = newDevice(org.token(), templateId, "One");
        int second = newDevice(org.token(), templateId, "Two");
        int third = newDevice(org.token(), templateId, "Three");

        ValidatableResponse all = as(org.token()).get("/api/v1/organization/devices").then().statusCode(200)
                .body("totalElements", equalTo(3))
                .body("content.id", contains(first, second, third));
        all.body("content[0]", hasKey("token")).body("content[0]", not(hasKey("metaFieldValues")));
        all.body("keySet()", contains("content", "totalElements"));

        as(org.token()).get("/api/v1/organization/devices?page=1&size=2").then().statusCode(200)
                .body("totalElements", equalTo(3)).body("content.id", contains(third));
        as(org.token()).get("/api/v1/organization/devices?page=7&size=2").then().statusCode(200)
                .body("totalElements", equalTo(3)).body("content", hasSize(0));
    }

    @Test
    void listWithSubOrganizations() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        Org grandchild = newSubOrg(child);
        int inParent = newDevice(parent.token(), newTemplate(parent.token()).get("id"), "P");
        int inChild = newDevice(child.token(), newTemplate(child.token()).get("id"), "C");
        int inGrandchild = newDevice(grandchild.token(), newTemplate(grandchild.token()).get("id"), "G");

        as(parent.token()).get("/api/v1/organization/devices").then().body("content.id", contains(inParent));
        as(parent.token()).get("/api/v1/organization/devices?includeSubOrgDevices=true").then()
                .body("totalElements", equalTo(3)).body("content.id", contains(inParent, inChild, inGrandchild));
        as(parent.token()).get("/api/v1/organization/devices?orgId=" + child.id()).then().statusCode(200)
                .body("content.id", contains(inChild));
        as(parent.token()).get("/api/v1/organization/devices?orgId=" + child.id() + "&includeSubOrgDevices=true")
                .then().body("content.id", contains(inChild, inGrandchild));
        // a sub-organization never sees upwards
        as(child.token()).get("/api/v1/organization/devices?includeSubOrgDevices=true").then()
                .body("content.id", contains(inChild, inGrandchild));
    }

    @Test
    void listAnswers404ForAnOrganizationOutsideTheReach() {
        Org org = newOrg();
        Org sibling = newOrg();
        Org child = newSubOrg(org);
        String message = "Organization is not found or you don't have access to it.";
        as(org.token()).get("/api/v1/organization/devices?orgId=" + sibling.id()).then().statusCode(404)
                .body("error.message", equalTo(message));
        as(child.token()).get("/api/v1/organization/devices?orgId=" + org.id()).then().statusCode(404)
                .body("error.message", equalTo(message));
        as(org.token()).get("/api/v1/organization/devices?orgId=99999999").then().statusCode(404)
                .body("error.message", equalTo(message));
    }

    @Test
    void listRejectsBadParameters() {
        Org org = newOrg();
        String path = "/api/v1/organization/devices";
        as(org.token()).get(path + "?size=0").then().statusCode(400).body("error.message", equalTo("Page size must be between 1 and 1000."));
        as(org.token()).get(path + "?size=1001").then().statusCode(400).body("error.message", equalTo("Page size must be between 1 and 1000."));
        as(org.token()).get(path + "?page=-1").then().statusCode(400).body("error.message", equalTo("Page number must be 0 or greater."));
        as(org.token()).get(path + "?page=x").then().statusCode(400).body("error.message", equalTo("'page' must be an integer."));
        as(org.token()).get(path + "?orgId=abc").then().statusCode(400).body("error.message", equalTo("'orgId' must be a positive integer."));
        as(org.token()).get(path + "?includeSubOrgDevices=yes").then().statusCode(400)
                .body("error.message", equalTo("'includeSubOrgDevices' must be true or false."));
        as(org.token()).get(path + "?size=1000&page=2147483647").then().statusCode(200).body("content", hasSize(0));
    }

    // ---------- reach: every device operation, two sibling organizations and a sub-organization ----------

    @Test
    void everyDeviceOperationAnswers404ForADeviceOutsideTheReach() {
        Org owner = newOrg();
        Org sibling = newOrg();
        Org child = newSubOrg(owner);
        int device = newDevice(owner.token(), newTemplate(owner.token()).get("id"), "Private");
        String message = notFoundMessage(device);

        for (Org outsider : List.of(sibling, child)) {
            as(outsider.token()).get("/api/v1/organization/device?deviceId=" + device).then().statusCode(404)
                    .body("error.message", equalTo(message));
            as(outsider.token()).get("/api/v1/organization/device/baseInfo?deviceId=" + device).then().statusCode(404)
                    .body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("name", "Stolen")).put("/api/v1/organization/device?deviceId=" + device)
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).delete("/api/v1/organization/device?deviceId=" + device).then().statusCode(404)
                    .body("error.message", equalTo(message));
            as(outsider.token()).get("/api/v1/organization/devices?includeSubOrgDevices=true").then()
                    .body("content.id", not(hasItems(device)));
        }
        as(owner.token()).get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200)
                .body("name", equalTo("Private"));
    }

    @Test
    void aParentOrganizationReachesItsSubOrganizationsDevices() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        int device = newDevice(child.token(), newTemplate(child.token()).get("id"), "Child device");

        as(parent.token()).get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200);
        as(parent.token()).body(Map.of("name", "Renamed by parent")).put("/api/v1/organization/device?deviceId=" + device)
                .then().statusCode(200).body("name", equalTo("Renamed by parent"));
        as(parent.token()).delete("/api/v1/organization/device?deviceId=" + device).then().statusCode(204);
    }
}
