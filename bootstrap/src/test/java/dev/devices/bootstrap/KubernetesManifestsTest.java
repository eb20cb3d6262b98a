package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.devices.bootstrap.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests ask the running service for what it serves: probe paths, port, key files. */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");

    @Test
    void everyProbeAnswersAndThePortIsTheServicesOwn() throws Exception {
        JsonNode container = yaml("deployment.yaml").at("/spec/template/spec/containers/0");
        List<String> probes = new ArrayList<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            probes.add(container.at("/" + probe + "/httpGet/path").asText());
        }
        assertThat(probes).containsExactly("/q/health/started", "/q/health/live", "/q/health/ready");
        for (String path : probes) {
            given().port(Management.TEST_PORT).get(path).then().statusCode(200);
        }
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("management");
        }
        Properties settings = new Properties();
        try (var in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            settings.load(in); // the packaged defaults; under test the service listens on the test ports
        }
        assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(settings.getProperty("quarkus.http.port"));
        assertThat(container.at("/ports/1/name").asText()).isEqualTo("management");
        assertThat(container.at("/ports/1/containerPort").asText()).isEqualTo(settings.getProperty("quarkus.management.port"));
    }

    @Test
    void theKeyFilesTheConfigMapNamesAreWhereTheSecretIsMounted() throws Exception {
        JsonNode config = yaml("configmap.yaml").get("data");
        JsonNode mount = yaml("deployment.yaml").at("/spec/template/spec/containers/0/volumeMounts/0");
        assertThat(mount.get("name").asText()).isEqualTo("keys");
        assertThat(config.get("DEVICES_AUTH_PRIVATE_KEY_LOCATION").asText()).startsWith(mount.get("mountPath").asText() + "/");
        assertThat(config.get("DEVICES_AUTH_PUBLIC_KEY_LOCATION").asText()).startsWith(mount.get("mountPath").asText() + "/");
    }

    private static JsonNode yaml(String file) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(MANIFESTS.resolve(file).toFile());
    }
}
