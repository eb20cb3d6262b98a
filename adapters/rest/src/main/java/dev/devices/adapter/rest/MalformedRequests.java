package dev.devices.adapter.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Request lines with a malformed percent-escape ({@code ?deviceId=%zz}): the router fails those in
 * its path with a bare 400, which gets the contract's error body here; in a query, reading the
 * parameters fails, which {@link ErrorMapper} answers the same way. (Quarkus' own check, which
 * would answer before either, is switched off by the bootstrap's main class.)
 */
@ApplicationScoped
class MalformedRequests {

    static final String MESSAGE = "Bad request: the request line is not validly encoded.";
    private static final String BODY = "{\"error\":{\"message\":\"" + MESSAGE + "\"}}";

    void install(@Observes Router router) {
        router.errorHandler(400, context -> {
            if (!context.response().headWritten()) {
                context.response().setStatusCode(400).putHeader("Content-Type", "application/json").end(BODY);
            }
        });
    }
}
