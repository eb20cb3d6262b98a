package dev.devices.application.service;

import dev.devices.application.port.in.CreateOAuthClientUseCase;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SecretHasher;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import java.util.random.RandomGenerator;

/** Creating OAuth clients; the generated secret leaves the service once, in the answer. */
public final class OAuthClientService implements CreateOAuthClientUseCase {

    static final int CLIENT_ID_BYTES = 15;
    static final int SECRET_BYTES = 32;

    private final UnitOfWork unitOfWork;
    private final OrganizationAccess access;
    private final OAuthClientPort clients;
    private final SecretHasher hasher;
    private final RandomGenerator secureRandom;

    public OAuthClientService(UnitOfWork unitOfWork, OrganizationTreePort organizations, OAuthClientPort clients,
                              SecretHasher hasher, RandomGenerator secureRandom) {
        this.unitOfWork = unitOfWork;
        this.access = new OrganizationAccess(organizations);
        this.clients = clients;
        this.hasher = hasher;
        this.secureRandom = secureRandom;
    }

    @Override
    public CreatedClient createClient(CreateOAuthClientCommand command) {
        String secret = Secrets.randomString(secureRandom, SECRET_BYTES);
        String secretHash = hasher.hash(secret);
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachable(command.caller(), command.orgId(), NotFound::organization);
            OAuthClient client = clients.createClient(organization.id(), command.name().strip(),
                    Secrets.randomString(secureRandom, CLIENT_ID_BYTES), secretHash);
            return new CreatedClient(client, secret);
        });
    }
}
