package dev.devices.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point. Quarkus refuses a request line that {@code java.net.URI} cannot parse
 * (such as {@code ?deviceId=%zz}) with a bare 400 before any handler runs; switched off here, such
 * requests reach the router and get the contract's error body (the REST adapter's MalformedRequests
 * and QueryParameters). Tests set the same property in the surefire configuration.
 */
@QuarkusMain
public final class DevicesMain {

    static final String URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
