package dev.devices.adapter.devicehttp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.devices.application.port.in.AdmitDeviceCallUseCase;
import dev.devices.application.port.in.CheckHardwareConnectedUseCase;
import dev.devices.application.port.in.LogDeviceEventUseCase;
import dev.devices.application.port.in.ReadForDeviceUseCase;
import dev.devices.application.port.in.ReportHardwareInfoUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.DataStreamValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The device API alone over real HTTP: Blynk's query-string shapes in, the use cases' answers out. */
@QuarkusTest
class DeviceApiResourceTest {

    private static final String TOKEN = "tok-123";

    @Inject
    AdmitDeviceCallUseCase limiter;

    @Inject
    CheckHardwareConnectedUseCase connected;

    @Inject
    UpdateFromDeviceUseCase update;

    @Inject
    ReadForDeviceUseCase read;

    @Inject
    LogDeviceEventUseCase logEvent;

    @Inject
    ReportHardwareInfoUseCase hardwareInfo;

    @BeforeEach
    void bareMocksThatAdmitEveryCall() {
        Mockito.reset(limiter, connected, update, read, logEvent, hardwareInfo);
        when(limiter.admit(anyString())).thenReturn(true);
    }

    @Test
    void isHardwareConnectedAnswersPlainText() {
        when(connected.isHardwareConnected(TOKEN)).thenReturn(true);
        given().get("/external/api/isHardwareConnected?token=" + TOKEN)
                .then().statusCode(200).contentType(ContentType.TEXT).body(equalTo("true"));
    }

    @Test
    void anUpdateHandsOverEveryPinWithAllItsValuesAndTheCallersAddress() {
        given().get("/external/api/update?token=" + TOKEN + "&v2=on&v1=23.5&v7=30.5&v7=50.4").then().statusCode(200);
        Map<String, List<String>> pins = new HashMap<>();
        pins.put("v2", List.of("on"));
        pins.put("v1", List.of("23.5"));
        pins.put("v7", List.of("30.5", "50.4"));
        verify(update).updateFromDevice(Mockito.argThat(call -> call.token().equals(TOKEN) && call.ip() != null), eq(pins));
    }

    @Test
    void aParameterThatIsNotAPinOrNoTokenIsA400() {
        given().get("/external/api/update?token=" + TOKEN + "&x1=3")
                .then().statusCode(400).body("error.message", equalTo("Unknown parameter 'x1': pins are v0..v255."));
        given().get("/external/api/update?v1=3")
                .then().statusCode(400).body("error.message", equalTo("Invalid token."));
        verifyNoInteractions(update);
    }

    @Test
    void oneValueIsTextAndSeveralAreJson() {
        when(read.readForDevice(TOKEN, List.of("v9"))).thenReturn(Map.of("v9", new DataStreamValue.Location(30.5, 50.4)));
        given().get("/external/api/get?token=" + TOKEN + "&v9").then().statusCode(200).body(equalTo("30.5,50.4"));

        // the query's order is the client's business: any order of the two pins
        when(read.readForDevice(eq(TOKEN), Mockito.argThat(pins -> Set.copyOf(pins).equals(Set.of("v1", "v2")))))
                .thenReturn(Map.of("v1", new DataStreamValue.Decimal(23.5), "v2", new DataStreamValue.Text("on")));
        given().get("/external/api/get?token=" + TOKEN + "&v1&v2").then()
                .statusCode(200).body("v1", equalTo(23.5f)).body("v2", equalTo("on"));

        when(read.readForDevice(TOKEN, List.of("v3"))).thenReturn(Map.of());
        given().get("/external/api/get?token=" + TOKEN + "&v3")
                .then().statusCode(404).body("error.message", equalTo("Pin v3 has no value."));
    }

    @Test
    void pastTheDevicesLimitTheCallIsA429AndReachesNothing() {
        when(limiter.admit(TOKEN)).thenReturn(false);
        given().get("/external/api/update?token=" + TOKEN + "&v1=1")
                .then().statusCode(429).header("Retry-After", "1").body("error.message", equalTo("Too many requests"));
        verifyNoInteractions(update);
    }

    @Test
    void failuresUseTheDeviceApisOwnTable() {
        Mockito.doThrow(InvalidInput.of("token", "Invalid token.")).when(logEvent).logDeviceEvent(any(), any(), any());
        given().get("/external/api/logEvent?token=" + TOKEN + "&code=x").then().statusCode(400)
                .body("error.message", equalTo("Invalid token."));

        Mockito.doThrow(NotFound.eventCode()).when(logEvent).logDeviceEvent(any(), eq("nope"), any());
        given().get("/external/api/logEvent?token=" + TOKEN + "&code=nope").then().statusCode(404)
                .body("error.message", equalTo("Event with provided code is not found."));

        Mockito.doThrow(new StoreUnavailable(new RuntimeException("connection refused"))).when(update).updateFromDevice(any(), any());
        given().get("/external/api/update?token=" + TOKEN + "&v1=1").then().statusCode(503).header("Retry-After", "5");
    }

    @Test
    void hardwareInfoIsAJsonBody() {
        given().contentType(ContentType.JSON).body("{\"version\":\"1.0\",\"boardType\":\"ESP32\"}")
                .post("/external/api/hardwareInfo?token=" + TOKEN).then().statusCode(200);
        verify(hardwareInfo).reportHardwareInfo(any(), eq(new HardwareInfo("1.0", null, null, "ESP32", null, null)));

        given().contentType(ContentType.JSON).post("/external/api/hardwareInfo?token=" + TOKEN)
                .then().statusCode(400).body("error.message", equalTo("A JSON body with the hardware info is required."));
    }
}
