package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Every /api call needs a valid token of this service; anything else is a 401 with the error body. */
@QuarkusTest
class AuthenticationTest {

    private static final String ANY_API_CALL = "/api/v1/organization/devices";

    @Test
    void missingTokenIs401WithErrorBodyAndChallenge() {
        given().get(ANY_API_CALL).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error.message", equalTo("Unauthorized"));
    }

    @Test
    void garbageTokenIs401() {
        Api.as("not-a-jwt").get(ANY_API_CALL).then().statusCode(401).body("error.message", equalTo("Unauthorized"));
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = validClaims().sign(generator.generateKeyPair().getPrivate());
        Api.as(forged).get(ANY_API_CALL).then().statusCode(401).body("error.message", equalTo("Unauthorized"));
    }

    @Test
    void expiredTokenIs401() throws Exception {
        long past = Instant.now().minusSeconds(7200).getEpochSecond();
        String expired = validClaims().issuedAt(past).expiresAt(past + 60).sign(serviceKey());
        Api.as(expired).get(ANY_API_CALL).then().statusCode(401);
    }

    @Test
    void tokenOfAnotherIssuerIs401() throws Exception {
        String token = validClaims().issuer("someone-else").sign(serviceKey());
        Api.as(token).get(ANY_API_CALL).then().statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIs401() throws Exception {
        String token = validClaims().audience("another-api").sign(serviceKey());
        Api.as(token).get(ANY_API_CALL).then().statusCode(401);
    }

    @Test
    void tokenWithoutOrganizationIs401() throws Exception {
        String token = Jwt.issuer("devices").audience("devices-api").subject("x").expiresIn(300).sign(serviceKey());
        Api.as(token).get(ANY_API_CALL).then().statusCode(401).body("error.message", equalTo("Unauthorized"));
    }

    @Test
    void anUnsignedTokenIs401() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"devices\",\"aud\":\"devices-api\",\"sub\":\"x\",\"org_id\":1,"
                + "\"client_id\":\"" + Api.ROOT_CLIENT_ID + "\",\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Api.as(header + "." + payload + ".").get(ANY_API_CALL).then().statusCode(401);
    }

    @Test
    void aTokenSignedWithThePublicKeyAsAnHmacSecretIs401() throws Exception {
        Api.rootToken();
        byte[] publicKeyPem = Files.readAllBytes(Path.of("target/test-keys/jwt-public.pem"));
        String token = validClaims().jws().algorithm(SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(publicKeyPem, "HmacSHA256"));
        Api.as(token).get(ANY_API_CALL).then().statusCode(401);
    }

    @Test
    void aTokenNotValidYetIs401() throws Exception {
        long later = Instant.now().plusSeconds(3600).getEpochSecond();
        String token = validClaims().claim("nbf", later).expiresAt(later + 600).sign(serviceKey());
        Api.as(token).get(ANY_API_CALL).then().statusCode(401);
    }

    @Test
    void theSameClaimsSignedByTheServiceKeyAreAccepted() throws Exception {
        // the control for the cases above: only the broken part makes them fail
        Api.as(validClaims().sign(serviceKey())).get("/api/v1/organization").then().statusCode(200);
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder validClaims() {
        return Jwt.issuer("devices").audience("devices-api").subject("client:test-root-client")
                .claim("org_id", 1).claim("client_id", Api.ROOT_CLIENT_ID).expiresIn(300);
    }

    private static PrivateKey serviceKey() throws Exception {
        Api.rootToken(); // the service has started and written its key pair
        return KeyUtils.decodePrivateKey(Files.readString(Path.of("target/test-keys/jwt-private.pem")));
    }
}
