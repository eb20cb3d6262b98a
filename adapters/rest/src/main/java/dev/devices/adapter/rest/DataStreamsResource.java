package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceRequests;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.ReadDataStreamsUseCase;
import dev.devices.application.port.in.WriteDataStreamsUseCase;
import dev.devices.application.port.in.WriteDataStreamsUseCase.WriteDataStreamsCommand;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.DataStreamDefinition;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading and writing a device's datastream values through the platform API (contract §7). */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Datastreams")
@APIResponse(responseCode = "400", description = "Invalid device ID, pin, datastream id or value",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "404", description = "Device or datastream not found or not reachable",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@Idempotent
class DataStreamsResource {

    private final CurrentCaller caller;
    private final ReadDataStreamsUseCase readValues;
    private final WriteDataStreamsUseCase writeValues;

    DataStreamsResource(CurrentCaller caller, ReadDataStreamsUseCase readValues, WriteDataStreamsUseCase writeValues) {
        this.caller = caller;
        this.readValues = readValues;
        this.writeValues = writeValues;
    }

    @GET
    @Path("/device/datastreams")
    @Operation(operationId = "readDataStreams", summary = "Current values by pin, e.g. {\"v1\": 21.5}",
            description = "Pins without a value are left out.")
    @APIResponse(responseCode = "200", description = "Values by pin")
    public Map<String, Object> read(@QueryParam("deviceId") String deviceId,
                                    @Parameter(description = "comma list such as v1,v2; default all") @QueryParam("pins") String pins) {
        int id = Params.deviceId(deviceId);
        List<String> wanted = Params.list(pins);
        for (String pin : wanted) {
            if (!DataStreamDefinition.isPin(pin)) {
                throw InvalidInput.of("pins", "pins must be virtual pins v0..v255 separated by commas.");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        readValues.readValues(caller.get(), id, wanted).forEach((pin, value) -> values.put(pin, value.json()));
        return values;
    }

    @POST
    @Path("/device/datastream")
    @Operation(operationId = "writeDataStream", summary = "Write one datastream value",
            description = "Checked against the datastream's type and min/max; logged in the actions log.")
    @APIResponse(responseCode = "204", description = "Written")
    public Response writeOne(DeviceRequests.WriteDataStream body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        int dataStreamId = Bodies.field("dataStreamId", body.dataStreamId());
        writeValues.writeValues(new WriteDataStreamsCommand(caller.get(), deviceId,
                Map.of(dataStreamId, Bodies.field("value", body.value()))));
        return Response.noContent().build();
    }

    @POST
    @Path("/device/datastreams")
    @Operation(operationId = "writeDataStreams", summary = "Write several datastream values at once",
            description = "All or nothing; one actions-log entry per value.")
    @APIResponse(responseCode = "204", description = "Written")
    public Response writeMany(DeviceRequests.WriteDataStreams body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        Map<Integer, Object> values = new LinkedHashMap<>();
        Bodies.field("values", body.values()).forEach((key, value) -> {
            Integer id = Params.integer("values", key);
            if (id == null || value == null) {
                throw InvalidInput.of("values", "values must map datastream ids to values.");
            }
            values.put(id, value);
        });
        writeValues.writeValues(new WriteDataStreamsCommand(caller.get(), deviceId, values));
        return Response.noContent().build();
    }
}
