package dev.devices.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Read by the parser client generators use (swagger-parser, as in openapi-generator): no message
     * about the document, every operation with an id of its own (generated method names) and a
     * security requirement stated (bearer, or none for the token and device endpoints).
     */
    @Test
    void generatorsReadTheDescriptionWithoutComplaint() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(Files.readString(COMMITTED), null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        List<Operation> operations = api.getPaths().values().stream().flatMap(path -> path.readOperations().stream()).toList();
        assertThat(operations).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation.getOperationId()).as(operation.getSummary()).isNotBlank();
            assertThat(operation.getSecurity()).as(operation.getOperationId() + " states its security").isNotNull();
        });
        assertThat(operations.stream().map(Operation::getOperationId)).doesNotHaveDuplicates();
    }
}
