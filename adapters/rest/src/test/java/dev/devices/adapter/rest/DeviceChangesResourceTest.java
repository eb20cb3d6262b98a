package dev.devices.adapter.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.devices.application.port.in.ResolveEventUseCase;
import dev.devices.application.port.in.ResolveEventUseCase.ResolveEventCommand;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase.TransferToOrganizationCommand;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase.TransferToOwnerCommand;
import dev.devices.application.port.in.TriggerEventUseCase;
import dev.devices.application.port.in.TriggerEventUseCase.TriggerEventCommand;
import dev.devices.application.port.in.UpdateMetaFieldUseCase;
import dev.devices.application.port.in.UpdateMetaFieldUseCase.UpdateMetaFieldCommand;
import dev.devices.domain.error.Forbidden;
import dev.devices.domain.error.NotFound;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

@QuarkusTest
@TestSecurity(user = "client-1")
class DeviceChangesResourceTest extends ResourceTest {

    @Inject
    TransferDeviceToOwnerUseCase toOwner;

    @Inject
    TransferDeviceToOrganizationUseCase toOrganization;

    @Inject
    TriggerEventUseCase triggerEvent;

    @Inject
    ResolveEventUseCase resolveEvent;

    @Inject
    UpdateMetaFieldUseCase updateMetaField;

    @Test
    void theCombinedTransferPrefersTheUserAndNeedsOneOfTheTwo() {
        json("{\"deviceId\":5,\"newUserId\":8,\"newOrgId\":3}").post("/api/v1/organization/device/transfer")
                .then().statusCode(204);
        json("{\"deviceId\":5,\"newOrgId\":3}").post("/api/v1/organization/device/transfer").then().statusCode(204);
        json("{\"deviceId\":5}").post("/api/v1/organization/device/transfer")
                .then().statusCode(400).body("error.message", equalTo("One of 'newUserId' or 'newOrgId' is required."));

        verify(toOwner).transferToOwner(new TransferToOwnerCommand(TestCaller.ORGANIZATION, 5, 8));
        verify(toOrganization).transferToOrganization(new TransferToOrganizationCommand(TestCaller.ORGANIZATION, 5, 3));
    }

    @Test
    void aTransferTheCallerMayNotMakeIsA403() {
        Mockito.doThrow(Forbidden.permission()).when(toOrganization).transferToOrganization(any());
        json("{\"deviceId\":5,\"newOrgId\":3}").post("/api/v1/organization/device/transfer/to-organization")
                .then().statusCode(403).body("error.message", equalTo(Forbidden.permission().getMessage()));
    }

    @Test
    void anEventIsTriggeredByCodeWithinBlynksBounds() {
        json("{\"deviceId\":5,\"eventCode\":\"too_hot\",\"eventDescription\":\"42 C\"}")
                .post("/api/v1/organization/device/trigger-event").then().statusCode(204);
        verify(triggerEvent).triggerEvent(new TriggerEventCommand(TestCaller.ORGANIZATION, 5, "too_hot", "42 C"));

        json("{\"deviceId\":5,\"eventCode\":\"too_hot\",\"eventDescription\":\"" + "d".repeat(301) + "\"}")
                .post("/api/v1/organization/device/trigger-event")
                .then().statusCode(400).body("error.message", equalTo("eventDescription should be up to 300 symbols in length."));
        json("{\"deviceId\":5}").post("/api/v1/organization/device/trigger-event")
                .then().statusCode(400).body("error.message", equalTo("Field 'eventCode' is required."));
        Mockito.verifyNoMoreInteractions(triggerEvent);
    }

    @Test
    void anUnknownEventCodeIsBlynks404() {
        Mockito.doThrow(NotFound.eventCode()).when(triggerEvent).triggerEvent(any());
        json("{\"deviceId\":5,\"eventCode\":\"nope\"}").post("/api/v1/organization/device/trigger-event")
                .then().statusCode(404).body("error.message", equalTo("Event with provided code is not found."));
    }

    @Test
    void aResolutionNamesTheTimelineEntryAndItsComment() {
        json("{\"deviceId\":5,\"logEventId\":77,\"comment\":\"fixed\"}").post("/api/v1/organization/device/resolve-event")
                .then().statusCode(204);
        verify(resolveEvent).resolveEvent(new ResolveEventCommand(TestCaller.ORGANIZATION, 5, 77L, "fixed"));
    }

    @Test
    void aMetaFieldValueReachesTheUseCaseAsJsonParsedIt() {
        json("{\"deviceId\":5,\"metaFieldId\":4,\"newValue\":{\"city\":\"Kyiv\"}}").post("/api/v1/organization/device/metafield")
                .then().statusCode(204);
        verify(updateMetaField).updateMetaField(
                new UpdateMetaFieldCommand(TestCaller.ORGANIZATION, 5, 4, Map.of("city", "Kyiv")));

        json("{\"deviceId\":5,\"metaFieldId\":4}").post("/api/v1/organization/device/metafield")
                .then().statusCode(400).body("error.message", equalTo("Field 'newValue' is required."));
        Mockito.verifyNoMoreInteractions(updateMetaField);
    }

    @Test
    void aWrongTypeInTheBodyIsA400NamingTheField() {
        json("{\"deviceId\":\"five\",\"newOrgId\":3}").post("/api/v1/organization/device/transfer/to-organization")
                .then().statusCode(400).body("error.message", equalTo("Field 'deviceId' has a value of the wrong type."));
        verifyNoInteractions(toOrganization);
    }
}
