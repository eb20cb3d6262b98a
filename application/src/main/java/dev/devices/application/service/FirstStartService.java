package dev.devices.application.service;

import dev.devices.application.port.in.CreateOAuthClientUseCase.CreatedClient;
import dev.devices.application.port.in.InitializeServiceUseCase;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.application.port.out.PasswordHasher;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.organization.TimeZoneId;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Creates the root organization and a first OAuth client on an empty database. */
public final class FirstStartService implements InitializeServiceUseCase {

    static final String ROOT_ORGANIZATION_NAME = "My Organization";
    static final String FIRST_CLIENT_NAME = "First client";

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final OAuthClientPort clients;
    private final ClientSecrets secrets;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    public FirstStartService(UnitOfWork unitOfWork, OrganizationTreePort organizations, OAuthClientPort clients,
                             PasswordHasher passwords, RandomGenerator secureRandom, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.clients = clients;
        this.secrets = new ClientSecrets(passwords);
        this.secureRandom = secureRandom;
        this.clock = clock;
    }

    @Override
    public Optional<CreatedClient> initializeIfEmpty(String clientId, String clientSecret) {
        if (unitOfWork.inTransaction(organizations::rootExists)) {
            return Optional.empty();
        }
        String id = clientId != null ? clientId : Secrets.randomString(secureRandom, OAuthClientService.CLIENT_ID_BYTES);
        String secret = clientSecret != null ? clientSecret : Secrets.randomString(secureRandom, OAuthClientService.SECRET_BYTES);
        String secretHash = secrets.hash(secret);
        return unitOfWork.inTransaction(() -> {
            if (organizations.rootExists()) {
                return Optional.empty();
            }
            Organization root = organizations.createOrganization(new NewOrganization(ROOT_ORGANIZATION_NAME, null, null,
                    TimeZoneId.UTC.value(), clock.millis()));
            OAuthClient client = clients.createClient(root.id(), FIRST_CLIENT_NAME, id, secretHash, true);
            return Optional.of(new CreatedClient(client, secret));
        });
    }
}
