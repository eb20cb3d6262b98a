package dev.devices.adapter.rest;

import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.WriteDeviceIfMatchUseCase;
import dev.devices.application.port.in.WriteDeviceIfMatchUseCase.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Writes to one device under If-Match (beyond.md §1): without the header the write runs as Blynk's
 * does; with it, only while the device's ETag is one of those named (412 otherwise), and the answer
 * carries the device's new ETag.
 */
@ApplicationScoped
class ConditionalWrites {

    private final CurrentCaller caller;
    private final WriteDeviceIfMatchUseCase ifMatch;

    ConditionalWrites(CurrentCaller caller, WriteDeviceIfMatchUseCase ifMatch) {
        this.caller = caller;
        this.ifMatch = ifMatch;
    }

    Response write(String ifMatchHeader, int deviceId, Supplier<Response> write) {
        if (ifMatchHeader == null) {
            return write.get();
        }
        Versioned<Response> done = ifMatch.writeIfMatch(caller.get(), deviceId, DeviceETags.ifMatch(ifMatchHeader, deviceId),
                write);
        Response.ResponseBuilder answer = Response.fromResponse(done.result());
        done.configVersion().ifPresent(version -> answer.header(HttpHeaders.ETAG, null)
                .header(HttpHeaders.ETAG, DeviceETags.of(deviceId, version)));
        return answer.build();
    }

    /** A void write: 204, with the ETag when conditional. */
    Response write(String ifMatchHeader, int deviceId, Runnable write) {
        return write(ifMatchHeader, deviceId, () -> {
            write.run();
            return Response.noContent().build();
        });
    }
}
