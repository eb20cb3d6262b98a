package dev.devices.bootstrap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tokens of an external identity provider, verified with its JWK set (a key this service did not
 * generate), besides the service's own tokens. The provider's claims are named differently on purpose.
 */
@QuarkusTest
@TestProfile(ExternalIssuerTest.ExternalIdp.class)
class ExternalIssuerTest {

    static final String ISSUER = "https://idp.example.test/realms/devices";
    static final String AUDIENCE = "devices-platform";
    static final String KEY_ID = "idp-key-1";
    static final Path JWKS = Path.of("target", "external-idp", "jwks.json");
    static final Path IDP_PRIVATE_KEY = Path.of("target", "external-idp", "private.der");
    static final KeyPair STRANGER_KEYS = rsaKeyPair();

    /**
     * Makes the provider's key pair once. It goes via files: the profile and the test run in different
     * class loaders, and Quarkus asks for the overrides again while the application runs.
     */
    public static class ExternalIdp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (!Files.exists(JWKS) || !Files.exists(IDP_PRIVATE_KEY)) {
                KeyPair idp = rsaKeyPair();
                try {
                    Files.createDirectories(JWKS.getParent());
                    Files.write(IDP_PRIVATE_KEY, idp.getPrivate().getEncoded());
                    Files.writeString(JWKS, jwks((RSAPublicKey) idp.getPublic()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Path jwks = JWKS;
            return Map.of(
                    "devices.auth.external.issuer", ISSUER,
                    "devices.auth.external.public-key-location", jwks.toAbsolutePath().toString(),
                    "devices.auth.external.audience", AUDIENCE,
                    "devices.auth.external.org-id-claim", "tenant",
                    "devices.auth.external.user-id-claim", "devices_user",
                    "devices.auth.external.permissions-claim", "scope");
        }
    }

    @Test
    void aTokenWithOnlyAnOrganizationIsOrganizationScoped() {
        Org org = Api.newOrg();
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), templateId, "Seen");
        Api.as(idpToken(claims(org.id()))).get("/api/v1/organization/devices").then().statusCode(200)
                .body("content.id", contains(device));
    }

    @Test
    void aTokenNamingAUserGetsThatUsersRoleWhenItStatesNoPermissions() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        int owned = Api.newDevice(org.token(), templateId, "Owned", user.id());
        Api.newDevice(org.token(), templateId, "Not owned");
        String token = idpToken(claims(org.id()).claim("devices_user", String.valueOf(user.id())));
        Api.as(token).get("/api/v1/organization/device/by-owner?ownerEmail=" + user.email()).then().statusCode(200)
                .body("content.id", contains(owned));
        Api.as(token).get("/api/v1/organization/devices").then().statusCode(403);
    }

    @Test
    void permissionsTheProviderStatesAreTheOnesThatCount() {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        int templateId = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), templateId, "Someone else's");
        String token = idpToken(claims(org.id()).claim("devices_user", user.id())
                .claim("scope", "ORG_DEVICES_VIEW openid profile"));
        Api.as(token).get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200);
        Api.as(token).delete("/api/v1/organization/device?deviceId=" + device).then().statusCode(403)
                .body("error.message", equalTo("Forbidden"));
    }

    @Test
    void theServicesOwnTokensStillWork() {
        Api.newOrg().as().get("/api/v1/organization").then().statusCode(200);
    }

    @Test
    void tokensTheProviderDidNotSignOrNotForThisServiceAreRejected() {
        Org org = Api.newOrg();
        String wrongKey = claims(org.id()).jws().keyId(KEY_ID).sign(STRANGER_KEYS.getPrivate());
        PrivateKey idpKey = idpPrivateKey();
        String wrongAudience = Jwt.issuer(ISSUER).audience("another-api").subject("x").claim("tenant", org.id())
                .jws().keyId(KEY_ID).sign(idpKey);
        String pretendingToBeOurs = Jwt.issuer("devices").audience("devices-api").subject("x")
                .claim("org_id", org.id()).claim("client_id", org.clientId()).jws().keyId(KEY_ID).sign(idpKey);
        String unknownOrganization = idpToken(claims(Integer.MAX_VALUE - 1));
        String userOfAnotherOrganization = idpToken(claims(org.id())
                .claim("devices_user", Api.newUserWithToken(Api.newOrg(), "Admin").id()));
        for (String token : List.of(wrongKey, wrongAudience, pretendingToBeOurs, unknownOrganization, userOfAnotherOrganization)) {
            Api.as(token).get("/api/v1/organization").then().statusCode(401).body("error.message", equalTo("Unauthorized"));
        }
    }

    private static JwtClaimsBuilder claims(int orgId) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("someone@idp").claim("tenant", orgId);
    }

    private static String idpToken(JwtClaimsBuilder claims) {
        return claims.jws().keyId(KEY_ID).sign(idpPrivateKey());
    }

    private static PrivateKey idpPrivateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(IDP_PRIVATE_KEY)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as an identity provider publishes it: a JWK set. */
    private static String jwks(RSAPublicKey key) {
        return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + KEY_ID + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
