package dev.devices.adapter.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.devices.application.port.in.ReadDataStreamsUseCase;
import dev.devices.application.port.in.WriteDataStreamsUseCase;
import dev.devices.application.port.in.WriteDataStreamsUseCase.WriteDataStreamsCommand;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.DataStreamValue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

@QuarkusTest
@TestSecurity(user = "client-1")
class DataStreamsResourceTest extends ResourceTest {

    @Inject
    ReadDataStreamsUseCase readValues;

    @Inject
    WriteDataStreamsUseCase writeValues;

    @Test
    void valuesAreRenderedByTheirType() {
        Map<String, DataStreamValue> stored = new LinkedHashMap<>();
        stored.put("v1", new DataStreamValue.Decimal(21.5));
        stored.put("v2", new DataStreamValue.Whole(3));
        stored.put("v3", new DataStreamValue.Text("on"));
        when(readValues.readValues(TestCaller.ORGANIZATION, 5, List.of("v1", "v2", "v3"))).thenReturn(stored);

        RestAssured.given().get("/api/v1/organization/device/datastreams?deviceId=5&pins=v1,v2,v3")
                .then().statusCode(200).body("v1", equalTo(21.5f)).body("v2", equalTo(3)).body("v3", equalTo("on"));
    }

    @Test
    void aPinThatIsNotVirtualIsA400() {
        RestAssured.given().get("/api/v1/organization/device/datastreams?deviceId=5&pins=v1,d4")
                .then().statusCode(400).body("error.message", equalTo("pins must be virtual pins v0..v255 separated by commas."));
        verifyNoInteractions(readValues);
    }

    @Test
    void oneValueAndSeveralBecomeOneCommandEach() {
        json("{\"deviceId\":5,\"dataStreamId\":2,\"value\":21.5}").post("/api/v1/organization/device/datastream")
                .then().statusCode(204);
        json("{\"deviceId\":5,\"values\":{\"2\":21.5,\"3\":\"on\"}}").post("/api/v1/organization/device/datastreams")
                .then().statusCode(204);

        verify(writeValues).writeValues(new WriteDataStreamsCommand(TestCaller.ORGANIZATION, 5, Map.of(2, 21.5)));
        verify(writeValues).writeValues(new WriteDataStreamsCommand(TestCaller.ORGANIZATION, 5, Map.of(2, 21.5, 3, "on")));
    }

    @Test
    void noValuesAKeyThatIsNotAnIdOrNoDeviceIsA400() {
        json("{\"deviceId\":5,\"values\":{}}").post("/api/v1/organization/device/datastreams")
                .then().statusCode(400).body("error.message", equalTo("values must name at least one datastream."));
        json("{\"deviceId\":5,\"values\":{\"v1\":1}}").post("/api/v1/organization/device/datastreams")
                .then().statusCode(400);
        json("{\"dataStreamId\":2,\"value\":1}").post("/api/v1/organization/device/datastream")
                .then().statusCode(400).body("error.message", equalTo("Bad request - invalid device ID: 'deviceId' is required."));
        verifyNoInteractions(writeValues);
    }

    @Test
    void aValueTheUseCaseRefusesIsA400WithItsMessage() {
        Mockito.doThrow(InvalidInput.of("value", "Value is out of the datastream's range."))
                .when(writeValues).writeValues(any());
        json("{\"deviceId\":5,\"dataStreamId\":2,\"value\":900}").post("/api/v1/organization/device/datastream")
                .then().statusCode(400).body("error.message", equalTo("Value is out of the datastream's range."));
    }
}
