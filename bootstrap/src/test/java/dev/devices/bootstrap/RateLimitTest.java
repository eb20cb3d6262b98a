package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.MinuteWindow;
import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-organization limit of the platform API, with a limit of 8 a minute for this test. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("devices.rate-limit.per-minute", "8");
        }
    }

    @Test
    void anOrganizationGets429PastItsLimitAndOthersDoNot() throws InterruptedException {
        MinuteWindow.startWithRoomLeft();
        Org limited = Api.newOrg();
        Org other = Api.newOrg();
        for (int i = 1; i <= 8; i++) {
            as(limited.token()).get("/api/v1/organization").then().statusCode(200)
                    .header("RateLimit-Limit", "8")
                    .header("RateLimit-Remaining", String.valueOf(8 - i))
                    .header("RateLimit-Reset", notNullValue());
        }
        as(limited.token()).get("/api/v1/organization").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("error.message", equalTo("Too many requests"));
        as(other.token()).get("/api/v1/organization").then().statusCode(200).header("RateLimit-Remaining", "7");
        org.assertj.core.api.Assertions.assertThat(io.restassured.RestAssured.given()
                        .port(dev.devices.bootstrap.support.Management.TEST_PORT).get("/q/metrics").asString())
                .contains("devices_rate_limit_rejections_total 1.0");
        // the device API is limited per device, not by the organization's platform limit
        io.restassured.RestAssured.given().get("/external/api/isHardwareConnected?token=x").then().statusCode(400);
    }
}
