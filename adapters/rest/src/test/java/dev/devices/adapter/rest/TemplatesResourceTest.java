package dev.devices.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.devices.application.port.in.CreateTemplateUseCase;
import dev.devices.application.port.in.CreateTemplateUseCase.CreateTemplateCommand;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.Template;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@QuarkusTest
@TestSecurity(user = "client-1")
class TemplatesResourceTest extends ResourceTest {

    @Inject
    CreateTemplateUseCase createTemplate;

    /** The organization and the parent template are both numbers: each reaches the command as itself. */
    @Test
    void theOrganizationAndTheParentReachTheCommandUnswapped() {
        when(createTemplate.createTemplate(any())).thenThrow(NotFound.template());

        json("{\"name\":\"Sensor\",\"orgId\":3,\"parentId\":9}").post("/api/v1/organization/template/create")
                .then().statusCode(404).body("error.message", equalTo(NotFound.template().getMessage()));
        ArgumentCaptor<CreateTemplateCommand> command = ArgumentCaptor.forClass(CreateTemplateCommand.class);
        verify(createTemplate).createTemplate(command.capture());
        assertThat(command.getValue().orgId()).isEqualTo(3);
        assertThat(command.getValue().parentId()).isEqualTo(9);
        assertThat(command.getValue().heartbeatSeconds()).isEqualTo(Template.DEFAULT_HEARTBEAT_SECONDS);
    }

    @Test
    void aListHoldingNullIsA400NamingTheBodyAndNeverReachesTheUseCase() {
        json("{\"name\":\"Sensor\",\"events\":[null]}").post("/api/v1/organization/template/create")
                .then().statusCode(400).body("error.message", equalTo("Lists in a template must not contain null."));
        verifyNoInteractions(createTemplate);
    }
}
