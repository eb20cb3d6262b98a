package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** D1's totalElements comes from counts the schema keeps by trigger; they must agree with the rows. */
@QuarkusTest
class DeviceCountsTest {

    @Inject
    DataSource dataSource;

    @Test
    void totalsFollowCreatesDeletesAndTransfers() {
        Org org = Api.newOrg();
        Org child = Api.newSubOrg(org);
        Object template = Api.newTemplate(org.token()).get("id");
        int first = Api.newDevice(org.token(), template, "One");
        int second = Api.newDevice(org.token(), template, "Two");
        Api.newDevice(org.token(), template, "Three");
        Api.newDevice(child.token(), template, "Four");
        Api.newDevice(child.token(), template, "Five");

        org.as().delete("/api/v1/organization/device?deviceId=" + first).then().statusCode(204);
        org.as().body(Map.of("deviceId", second, "newOrgId", child.id()))
                .post("/api/v1/organization/device/transfer/to-organization").then().statusCode(204);

        org.as().get("/api/v1/organization/devices").then().statusCode(200).body("totalElements", equalTo(1));
        org.as().get("/api/v1/organization/devices?includeSubOrgDevices=true").then().body("totalElements", equalTo(4));
        child.as().get("/api/v1/organization/devices").then().body("totalElements", equalTo(3));
    }

    @Test
    void everyOrganizationsCountEqualsItsRows() {
        long mismatches = new Db(dataSource).count("""
                SELECT count(*) FROM organization o
                WHERE (SELECT count(*) FROM device d WHERE d.org_id = o.id)
                   <> (SELECT coalesce(sum(c.devices), 0) FROM organization_device_count c WHERE c.org_id = o.id)""");
        assertThat(mismatches).isZero();
    }
}
