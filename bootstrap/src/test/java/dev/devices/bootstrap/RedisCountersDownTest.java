package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The counters in a Redis that cannot be reached (nothing listens on its port): the calls it counts
 * answer 503 rather than pass uncounted, the device API stays in service, and only the health report
 * says so (every instance shares the one Redis; readiness stays up).
 */
@QuarkusTest
@TestProfile(RedisCountersDownTest.RedisGone.class)
class RedisCountersDownTest {

    public static class RedisGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("devices.counters.store", "redis", "quarkus.redis.hosts", "redis://127.0.0.1:1",
                    "quarkus.redis.timeout", "1s");
        }
    }

    @Test
    void platformCallsAnswer503WithTheErrorBody() throws Exception {
        // a token signed with the service's key: the token endpoint counts failures in Redis too
        String token = Jwt.issuer("devices").audience("devices-api").subject("client:" + Api.ROOT_CLIENT_ID)
                .claim("org_id", 1).claim("client_id", Api.ROOT_CLIENT_ID).expiresIn(300)
                .sign(KeyUtils.decodePrivateKey(Files.readString(Path.of("target/test-keys/jwt-private.pem"))));
        Api.as(token).get("/api/v1/organization").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("error.message", equalTo("Service temporarily unavailable: a data store of the service cannot be reached. Retry later."));
    }

    @Test
    void theTokenEndpointAnswers503() {
        given().auth().preemptive().basic(Api.ROOT_CLIENT_ID, Api.ROOT_CLIENT_SECRET)
                .post("/oauth2/token?grant_type=client_credentials").then().statusCode(503);
    }

    @Test
    void theDeviceApiAndReadinessAreUnaffectedAndTheHealthReportSaysWhy() {
        given().get("/external/api/isHardwareConnected?token=" + "N".repeat(32)).then().statusCode(400);
        given().port(Management.TEST_PORT).get("/q/health/ready").then().statusCode(200);
        given().port(Management.TEST_PORT).get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'Redis counters' }.status", equalTo("DOWN"));
    }
}
