package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.yaml} is the description clients generate code from; it must be what the
 * service serves. {@code make openapi} rewrites it (this test with {@code -Dopenapi.write=true}).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("..", "docs", "openapi.yaml");

    @Test
    void theCommittedDescriptionIsWhatTheServiceServes() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, served);
        }
        assertThat(COMMITTED).as("docs/openapi.yaml exists").exists();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<?, ?> expected = yaml.readValue(Files.readString(COMMITTED), Map.class);
        Map<?, ?> actual = yaml.readValue(served, Map.class);
        assertThat(actual).as("docs/openapi.yaml is out of date: run `make openapi` and commit it").isEqualTo(expected);
    }
}
