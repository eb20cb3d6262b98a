package dev.devices.adapter.devicehttp;

import dev.devices.application.port.in.AdmitDeviceCallUseCase;
import dev.devices.application.port.in.CheckHardwareConnectedUseCase;
import dev.devices.application.port.in.DeviceCall;
import dev.devices.application.port.in.LogDeviceEventUseCase;
import dev.devices.application.port.in.ReadForDeviceUseCase;
import dev.devices.application.port.in.ReportHardwareInfoUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.DomainException;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.DataStreamValue;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The device-facing API (contract §5). Devices send whatever {@code Accept} their HTTP library sends,
 * so no method declares what it produces: each answer names its own type (text or JSON).
 * The device token in the {@code token} query parameter, pins
 * as parameters ({@code v1=23.5}). {@code update}, {@code logEvent} and {@code hardwareInfo} count
 * as device calls (they connect the device); {@code get} and {@code isHardwareConnected} only read.
 * The client address is the connection's, or the forwarded one when Quarkus is told to trust a proxy
 * ({@code quarkus.http.proxy.*}).
 */
@Path("/external/api")
@Tag(name = "Device API")
// no security scheme: the device's token is the "token" query parameter each operation declares
@SecurityRequirementsSet({})
@APIResponse(responseCode = "400", description = "Invalid token, pin or value")
@APIResponse(responseCode = "429", description = "More calls than the per-device limit in one second")
class DeviceApiResource {

    /** A pin parameter: "v" and up to three digits; the template's datastreams decide which exist. */
    static final Pattern PIN = Pattern.compile("v\\d{1,3}");

    private final AdmitDeviceCallUseCase limiter;
    private final CheckHardwareConnectedUseCase connected;
    private final UpdateFromDeviceUseCase update;
    private final ReadForDeviceUseCase read;
    private final LogDeviceEventUseCase logEvent;
    private final ReportHardwareInfoUseCase hardwareInfo;

    DeviceApiResource(AdmitDeviceCallUseCase limiter, CheckHardwareConnectedUseCase connected, UpdateFromDeviceUseCase update,
                      ReadForDeviceUseCase read, LogDeviceEventUseCase logEvent, ReportHardwareInfoUseCase hardwareInfo) {
        this.limiter = limiter;
        this.connected = connected;
        this.update = update;
        this.read = read;
        this.logEvent = logEvent;
        this.hardwareInfo = hardwareInfo;
    }

    @GET
    @Path("/isHardwareConnected")
    @Operation(operationId = "isHardwareConnected", summary = "Whether the device is connected: true or false")
    @APIResponse(responseCode = "200", description = "true or false",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.BOOLEAN)))
    public Response isHardwareConnected(@QueryParam("token") String token) {
        limit(token);
        return Response.ok(String.valueOf(connected.isHardwareConnected(token)), MediaType.TEXT_PLAIN).build();
    }

    @GET
    @Path("/update")
    @Operation(operationId = "updateFromDevice", summary = "Write datastream values: ?token=...&v1=23.5&v2=on",
            description = "Values are checked against each datastream's type and range; all or none are written."
                    + " A Location takes two values for its pin (lon, then lat).")
    @APIResponse(responseCode = "200", description = "Written")
    public Response update(@Context UriInfo uri, @Context HttpServerRequest request) {
        return writeValues(uri.getQueryParameters(), request);
    }

    @POST
    @Path("/update")
    @Operation(operationId = "updateFromDevicePost", summary = "As GET /external/api/update")
    @APIResponse(responseCode = "200", description = "Written")
    public Response updateByPost(@Context UriInfo uri, @Context HttpServerRequest request) {
        return writeValues(uri.getQueryParameters(), request);
    }

    private Response writeValues(MultivaluedMap<String, String> parameters, HttpServerRequest request) {
        String token = parameters.getFirst("token");
        limit(token);
        update.updateFromDevice(new DeviceCall(token, address(request)), pins(parameters));
        return Response.ok().build();
    }

    @GET
    @Path("/get")
    @Operation(operationId = "getForDevice", summary = "Current values: ?token=...&v1 gives the value, several pins an object",
            description = "One pin: its value as text (404 when it has none). Several or none: {\"v1\": 23.5, ...}.")
    @APIResponse(responseCode = "200", description = "The value, or values by pin")
    public Response get(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        String token = parameters.getFirst("token");
        limit(token);
        List<String> pins = List.copyOf(pins(parameters).keySet());
        Map<String, DataStreamValue> values = read.readForDevice(token, pins);
        if (pins.size() == 1) {
            DataStreamValue value = values.get(pins.get(0));
            if (value == null) {
                return DeviceApiErrors.error(404, "Pin " + pins.get(0) + " has no value.");
            }
            return Response.ok(value.stored(), MediaType.TEXT_PLAIN).build(); // as text, a Location "lon,lat"
        }
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((pin, value) -> json.put(pin, value.json()));
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/logEvent")
    @Operation(operationId = "logEventFromDevice", summary = "Report a template event: ?token=...&code=...&description=...")
    @APIResponse(responseCode = "200", description = "Recorded on the timeline")
    @APIResponse(responseCode = "404", description = "Event with provided code is not found.")
    public Response logEvent(@QueryParam("token") String token, @QueryParam("code") String code,
                             @QueryParam("description") String description, @Context HttpServerRequest request) {
        limit(token);
        logEvent.logDeviceEvent(new DeviceCall(token, address(request)), code, description);
        return Response.ok().build();
    }

    @POST
    @Path("/hardwareInfo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportHardwareInfo", summary = "Report hardware info: {version, fwType, blynkVersion, boardType, build, templateId}")
    @APIResponse(responseCode = "200", description = "Stored")
    public Response hardwareInfo(@QueryParam("token") String token, HardwareInfo body, @Context HttpServerRequest request) {
        limit(token);
        if (body == null) {
            throw InvalidInput.of("body", "A JSON body with the hardware info is required.");
        }
        hardwareInfo.reportHardwareInfo(new DeviceCall(token, address(request)), body);
        return Response.ok().build();
    }

    /** Pin parameters in their order; a pin named without a value (as in {@code get}) maps to no values. */
    private static Map<String, List<String>> pins(MultivaluedMap<String, String> parameters) {
        Map<String, List<String>> pins = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (PIN.matcher(name).matches()) {
                pins.put(name, values.stream().filter(v -> !v.isEmpty()).toList());
            } else if (!name.equals("token")) {
                throw InvalidInput.of(name, "Unknown parameter '" + name + "': pins are v0..v255.");
            }
        });
        return pins;
    }

    private void limit(String token) {
        if (token == null || token.isBlank()) {
            throw InvalidInput.of("token", "Invalid token.");
        }
        if (!limiter.admit(token)) {
            throw new TooManyCalls();
        }
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    // the device API's own table (DeviceApiErrors); mappers declared here apply to this resource only

    @ServerExceptionMapper
    Response domain(DomainException e) {
        return DeviceApiErrors.domain(e);
    }

    @ServerExceptionMapper
    Response tooMany(TooManyCalls e) {
        return DeviceApiErrors.tooManyCalls();
    }

    @ServerExceptionMapper
    Response unavailable(StoreUnavailable e) {
        return DeviceApiErrors.storeUnavailable(e);
    }

    /** The device used up its calls for this second. */
    static final class TooManyCalls extends RuntimeException {
        TooManyCalls() {
            super("Too many requests", null, false, false);
        }
    }
}
