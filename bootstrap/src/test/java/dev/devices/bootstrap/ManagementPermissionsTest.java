package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The management calls of §7 for each built-in role: what each role may do, and 403 for the rest. */
@QuarkusTest
class ManagementPermissionsTest {

    private static final String BASE = "/api/v1/organization";
    private static final Map<String, Function<RequestSpecification, Response>> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("get organization", as -> as.get(BASE));
        CALLS.put("create organization", as -> as.body(Map.of("name", "Sub " + UUID.randomUUID().toString().substring(0, 8)))
                .post(BASE + "/create"));
        CALLS.put("list users", as -> as.get(BASE + "/users"));
        CALLS.put("create user", as -> as.body(Map.of("email", "u-" + UUID.randomUUID() + "@example.com",
                "name", "New", "role", "User")).post(BASE + "/user/create"));
        CALLS.put("list templates", as -> as.get(BASE + "/templates"));
        CALLS.put("create template", as -> as.body(Map.of("name", "T")).post(BASE + "/template/create"));
        CALLS.put("list tags", as -> as.get(BASE + "/tags"));
        CALLS.put("create tag", as -> as.body(Map.of("name", "tag-" + UUID.randomUUID().toString().substring(0, 8)))
                .post(BASE + "/tag/create"));
        CALLS.put("create OAuth client", as -> as.body(Map.of("name", "c")).post(BASE + "/oauth/clients/create"));
    }

    @ParameterizedTest(name = "{0}: Admin {1}, Staff {2}, User {3}")
    @CsvSource({
            "get organization,    200, 200, 403",
            "create organization, 201, 403, 403",
            "list users,          200, 200, 403",
            "create user,         201, 403, 403",
            "list templates,      200, 200, 403",
            "create template,     201, 403, 403",
            "list tags,           200, 200, 200",
            "create tag,          201, 201, 403",
            "create OAuth client, 201, 403, 403",
    })
    void eachRoleMayDoWhatItsPermissionsSay(String call, int admin, int staff, int user) {
        Org org = Api.newOrg();
        assertThat(CALLS.get(call).apply(org.as()).statusCode()).as("org token").isIn(200, 201);
        List<Integer> expected = List.of(admin, staff, user);
        List<String> roles = List.of("Admin", "Staff", "User");
        for (int i = 0; i < roles.size(); i++) {
            Response response = CALLS.get(call).apply(Api.newUserWithToken(org, roles.get(i)).as());
            assertThat(response.statusCode()).as(roles.get(i) + ": " + response.asString()).isEqualTo(expected.get(i));
            if (expected.get(i) == 403) {
                assertThat(response.jsonPath().getString("error.message")).isEqualTo("Forbidden");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"get organization", "list users", "list templates", "list tags"})
    void aSiblingOrganizationIsNotFoundEvenForAnAdmin(String call) {
        Org org = Api.newOrg();
        Org sibling = Api.newOrg();
        Response response = Api.newUserWithToken(org, "Admin").as().queryParam("orgId", sibling.id())
                .get(switch (call) {
                    case "get organization" -> BASE;
                    case "list users" -> BASE + "/users";
                    case "list templates" -> BASE + "/templates";
                    default -> BASE + "/tags";
                });
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.jsonPath().getString("error.message"))
                .isEqualTo("Organization is not found or you don't have access to it.");
    }
}
