package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newDevice;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newSubOrg;
import static dev.devices.bootstrap.support.Api.newTemplate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** D3 search, D19 by owner, D20 by a user's organization, D21 recently activated. */
@QuarkusTest
class DeviceSearchTest {

    private static final String SEARCH = "/api/v1/organization/search/devices";

    @Inject
    DataSource dataSource;

    @Test
    void matchesNameTokenOwnerEmailTemplateNameAndExactIdIgnoringCase() {
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        String marker = "q" + UUID.randomUUID().toString().substring(0, 6);
        int byName = newDevice(org.token(), template, "Boiler " + marker + " Room");
        long owner = ((Number) as(org.token()).body(Map.of("email", marker + "@owners.example", "name", "O", "role", "User"))
                .post("/api/v1/organization/user/create").then().extract().path("id")).longValue();
        int byOwner = as(org.token()).body(Map.of("templateId", template, "name", "Owned", "ownerId", owner))
                .post("/api/v1/organization/device/create").then().extract().path("id");
        int templated = (Integer) as(org.token()).body(Map.of("name", "Model " + marker.toUpperCase()))
                .post("/api/v1/organization/template/create").then().extract().path("id");
        int byTemplate = newDevice(org.token(), templated, "Unrelated");
        String token = as(org.token()).get("/api/v1/organization/device?deviceId=" + byName).then().extract().path("token");

        as(org.token()).queryParam("query", marker.toUpperCase()).get(SEARCH).then().statusCode(200)
                .body("totalElements", equalTo(3)).body("content.id", contains(byName, byOwner, byTemplate));
        as(org.token()).queryParam("query", token.substring(3, 20).toLowerCase()).get(SEARCH).then()
                .body("content.id", hasItem(byName));
        as(org.token()).queryParam("query", String.valueOf(byTemplate)).get(SEARCH).then()
                .body("content.id", hasItem(byTemplate));
    }

    @Test
    void searchesOnlyTheCallersSubtree() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        Org sibling = newOrg();
        String name = "Shared " + UUID.randomUUID().toString().substring(0, 6);
        int inParent = newDevice(parent.token(), newTemplate(parent.token()).get("id"), name);
        int inChild = newDevice(child.token(), newTemplate(child.token()).get("id"), name);
        int inSibling = newDevice(sibling.token(), newTemplate(sibling.token()).get("id"), name);

        as(parent.token()).queryParam("query", name).get(SEARCH).then().body("content.id", contains(inParent, inChild));
        as(child.token()).queryParam("query", name).get(SEARCH).then().body("content.id", contains(inChild));
        as(sibling.token()).queryParam("query", name).get(SEARCH).then().body("content.id", contains(inSibling));
    }

    @Test
    void sortsByBlynkLabelsAndFieldNamesWithTiesById() {
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int b = newDevice(org.token(), template, "b " + tag);
        int a1 = newDevice(org.token(), template, "A " + tag);
        int c = newDevice(org.token(), template, "c " + tag);
        int a2 = newDevice(org.token(), template, "a " + tag);

        as(org.token()).queryParam("query", tag).queryParam("sortBy", "Name").get(SEARCH).then()
                .body("content.id", contains(a1, a2, b, c));
        as(org.token()).queryParam("query", tag).queryParam("sortBy", "name").queryParam("sortOrder", "DESC").get(SEARCH)
                .then().body("content.id", contains(c, b, a1, a2));
        as(org.token()).queryParam("query", tag).queryParam("sortBy", "Device Id").queryParam("sortOrder", "desc")
                .get(SEARCH).then().body("content.id", contains(a2, c, a1, b));
        as(org.token()).queryParam("query", tag).queryParam("sortBy", "Template Name").get(SEARCH).then()
                .body("content.id", contains(b, a1, c, a2));
        as(org.token()).queryParam("query", tag).queryParam("size", 2).queryParam("page", 1).get(SEARCH).then()
                .body("totalElements", equalTo(4)).body("content.id", contains(c, a2));
    }

    @Test
    void sortsByActivationWithUnactivatedDevicesLast() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int never = newDevice(org.token(), template, "never " + tag);
        int early = newDevice(org.token(), template, "early " + tag);
        int late = newDevice(org.token(), template, "late " + tag);
        db.update("UPDATE device SET activated_at = 1000 WHERE id = ?", early);
        db.update("UPDATE device SET activated_at = 2000 WHERE id = ?", late);

        as(org.token()).queryParam("query", tag).queryParam("sortBy", "Activated At").get(SEARCH).then()
                .body("content.id", contains(early, late, never));
        as(org.token()).queryParam("query", tag).queryParam("sortBy", "activatedAt").queryParam("sortOrder", "DESC")
                .get(SEARCH).then().body("content.id", contains(late, early, never));
    }

    @Test
    void likeWildcardsInTheQueryAreLiteral() {
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        int literal = newDevice(org.token(), template, "Plain qq_zz_qq");
        newDevice(org.token(), template, "Plain qqAzzBqq");
        // tokens never contain '%', and an underscore must not stand for any character
        as(org.token()).queryParam("query", "%").get(SEARCH).then().statusCode(200).body("totalElements", equalTo(0));
        as(org.token()).queryParam("query", "qq_zz_qq").get(SEARCH).then().statusCode(200)
                .body("content.id", contains(literal));
    }

    @Test
    void rejectsBadSearchParameters() {
        Org org = newOrg();
        as(org.token()).get(SEARCH).then().statusCode(400).body("error.message", containsString("query"));
        as(org.token()).queryParam("query", "").get(SEARCH).then().statusCode(400).body("error.message", containsString("query"));
        as(org.token()).queryParam("query", "x".repeat(256)).get(SEARCH).then().statusCode(400)
                .body("error.message", containsString("query"));
        as(org.token()).queryParam("query", "x").queryParam("sortBy", "Colour").get(SEARCH).then().statusCode(400)
                .body("error.message", containsString("'Device Id' / 'id'"));
        as(org.token()).queryParam("query", "x").queryParam("sortOrder", "UP").get(SEARCH).then().statusCode(400)
                .body("error.message", equalTo("sortOrder must be ASC or DESC."));
        as(org.token()).queryParam("query", "x").queryParam("size", "0").get(SEARCH).then().statusCode(400);
    }

    // ---------- D19 by owner ----------

    @Test
    void devicesByOwnerEmailWithinTheSubtree() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        long owner = ((Number) as(child.token()).body(Map.of("email", email, "name", "O", "role", "User"))
                .post("/api/v1/organization/user/create").then().extract().path("id")).longValue();
        Object template = newTemplate(child.token()).get("id");
        int owned = as(child.token()).body(Map.of("templateId", template, "name", "Owned", "ownerId", owner))
                .post("/api/v1/organization/device/create").then().extract().path("id");
        newDevice(child.token(), template, "Not owned");
        String path = "/api/v1/organization/device/by-owner";

        as(parent.token()).queryParam("ownerEmail", email.toUpperCase()).get(path).then().statusCode(200)
                .body("totalElements", equalTo(1)).body("content.id", contains(owned));
        as(parent.token()).queryParam("ownerEmail", email).queryParam("orgId", child.id()).get(path).then()
                .body("content.id", contains(owned));
        as(parent.token()).queryParam("ownerEmail", "nobody-" + UUID.randomUUID() + "@example.com").get(path).then()
                .statusCode(200).body("totalElements", equalTo(0)).body("content", hasSize(0));
        Org sibling = newOrg();
        as(sibling.token()).queryParam("ownerEmail", email).get(path).then().statusCode(200).body("totalElements", equalTo(0));
        as(sibling.token()).queryParam("ownerEmail", email).queryParam("orgId", child.id()).get(path).then().statusCode(404)
                .body("error.message", equalTo("Organization is not found or you don't have access to it."));
        as(parent.token()).get(path).then().statusCode(400).body("error.message", equalTo("'ownerEmail' is required."));
        as(parent.token()).queryParam("ownerEmail", "not-an-email").get(path).then().statusCode(400)
                .body("error.message", equalTo("ownerEmail must be a valid email address."));
    }

    // ---------- D20 by user organization ----------

    @Test
    void devicesOfAUsersOrganization() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        String email = "member-" + UUID.randomUUID() + "@example.com";
        as(child.token()).body(Map.of("email", email, "name", "M", "role", "Staff"))
                .post("/api/v1/organization/user/create").then().statusCode(201);
        int device = newDevice(child.token(), newTemplate(child.token()).get("id"), "Child device");
        newDevice(parent.token(), newTemplate(parent.token()).get("id"), "Parent device");
        String path = "/api/v1/organization/device/by-user-org";

        as(parent.token()).queryParam("userEmail", email).get(path).then().statusCode(200)
                .body("totalElements", equalTo(1)).body("content.id", contains(device));
        Org sibling = newOrg();
        as(sibling.token()).queryParam("userEmail", email).get(path).then().statusCode(404)
                .body("error.message", equalTo("User is not found or you don't have access to him."));
        as(parent.token()).queryParam("userEmail", "ghost-" + UUID.randomUUID() + "@example.com").get(path).then()
                .statusCode(404);
        as(parent.token()).get(path).then().statusCode(400).body("error.message", equalTo("'userEmail' is required."));
    }

    // ---------- D21 recently activated ----------

    @Test
    void recentlyActivatedInTheOrganizationItselfNewestFirst() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        Org child = newSubOrg(org);
        Object template = newTemplate(org.token()).get("id");
        int older = newDevice(org.token(), template, "Older");
        int newer = newDevice(org.token(), template, "Newer");
        int stale = newDevice(org.token(), template, "Stale");
        newDevice(org.token(), template, "Never");
        int inChild = newDevice(child.token(), newTemplate(child.token()).get("id"), "In child");
        long now = System.currentTimeMillis();
        db.update("UPDATE device SET activated_at = ? WHERE id = ?", now - 120_000, older);
        db.update("UPDATE device SET activated_at = ? WHERE id = ?", now - 60_000, newer);
        db.update("UPDATE device SET activated_at = ? WHERE id = ?", now - 3_600_000, stale);
        db.update("UPDATE device SET activated_at = ? WHERE id = ?", now - 60_000, inChild);
        String path = "/api/v1/organization/device/last-activated";

        as(org.token()).get(path).then().statusCode(200)
                .body("id", contains(newer, older))
                .body("[0].orgId", equalTo(org.id()))
                .body("[0].templateId", equalTo(template))
                .body("[0].activationTime", equalTo(now - 60_000));
        as(org.token()).queryParam("minutes", 1).get(path).then().body("id", hasSize(0));
        as(org.token()).queryParam("minutes", 60).get(path).then().body("id", contains(newer, older));
        as(org.token()).queryParam("orgId", child.id()).get(path).then().body("id", contains(inChild));
        for (String bad : new String[] {"0", "61", "x"}) {
            as(org.token()).queryParam("minutes", bad).get(path).then().statusCode(400)
                    .body("error.message", containsString("minutes"));
        }
        as(child.token()).queryParam("orgId", org.id()).get(path).then().statusCode(404);
    }
}
