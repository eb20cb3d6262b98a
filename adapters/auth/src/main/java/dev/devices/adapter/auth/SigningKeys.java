package dev.devices.adapter.auth;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The RS256 key pair tokens are signed with. Given by configuration (a mounted secret) or, when neither
 * file exists, generated on first start and kept in those files; never part of the build.
 * Several instances behind one load balancer must be given the same pair.
 */
@Startup
@ApplicationScoped
class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final int KEY_BITS = 2048;

    private final PrivateKey privateKey;

    SigningKeys(AuthConfig config) {
        Path privatePath = config.privateKeyLocation();
        Path publicPath = config.publicKeyLocation();
        boolean havePrivate = Files.exists(privatePath);
        boolean havePublic = Files.exists(publicPath);
        if (!havePrivate && !havePublic) {
            generate(privatePath, publicPath);
        } else if (havePrivate != havePublic) {
            throw new IllegalStateException("Only one of the JWT key files exists (" + privatePath + ", " + publicPath
                    + "): give both, or remove both to have a new pair generated.");
        }
        try {
            this.privateKey = KeyUtils.decodePrivateKey(Files.readString(privatePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT private key at " + privatePath + " is not a PKCS#8 PEM RSA key.", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    private static void generate(Path privatePath, Path publicPath) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            writePem(privatePath, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicPath, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            LOG.infof("Generated a new token signing key pair in %s and %s", privatePath, publicPath);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK can generate RSA keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT key pair", e);
        }
    }

    private static void writePem(Path path, String type, byte[] der, boolean secret) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(path, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        if (secret && parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
