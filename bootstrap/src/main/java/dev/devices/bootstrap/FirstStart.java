package dev.devices.bootstrap;

import dev.devices.application.port.in.CreateOAuthClientUseCase.CreatedClient;
import dev.devices.application.port.in.InitializeServiceUseCase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On an empty database, creates the root organization and a first OAuth client; on every start,
 * prints how to obtain a token. A generated secret is printed to the console once, never logged again.
 * The command is double-quoted so that {@code $DEVICES_BOOTSTRAP_CLIENT_SECRET} expands when pasted;
 * generated ids and secrets are URL-safe Base64, which double quotes leave alone.
 */
@Singleton
class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    private final InitializeServiceUseCase initialize;
    private final DevicesConfig config;
    private final int port;

    FirstStart(InitializeServiceUseCase initialize, DevicesConfig config,
               @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.initialize = initialize;
        this.config = config;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<String> givenId = config.bootstrap().clientId();
        Optional<String> givenSecret = config.bootstrap().clientSecret();
        Optional<CreatedClient> created;
        try {
            created = initialize.initializeIfEmpty(givenId.orElse(null), givenSecret.orElse(null));
        } catch (RuntimeException raceWithAnotherInstance) {
            LOG.info("Another instance initialized the database first");
            created = Optional.empty();
        }
        String url = "http://localhost:" + port + "/oauth2/token";
        if (created.isPresent()) {
            CreatedClient client = created.get();
            String secret = givenSecret.isPresent() ? "$DEVICES_BOOTSTRAP_CLIENT_SECRET" : client.secret();
            System.out.printf("%n  First start: created the root organization (id %d) and an OAuth client.%n"
                            + "  client_id:     %s%n  client_secret: %s%s%n%n  Get a token:%n"
                            + "    curl -s -X POST -u \"%s:%s\" '%s?grant_type=client_credentials'%n%n",
                    client.client().orgId(), client.client().clientId(), secret,
                    givenSecret.isPresent() ? "" : "   (shown only now: keep it)", client.client().clientId(), secret, url);
        } else {
            String id = givenId.orElse("<client_id>");
            String secret = givenSecret.isPresent() ? "$DEVICES_BOOTSTRAP_CLIENT_SECRET" : "<client_secret shown at first start>";
            System.out.printf("%n  Get a token:%n    curl -s -X POST -u \"%s:%s\" '%s?grant_type=client_credentials'%n%n",
                    id, secret, url);
        }
    }
}
