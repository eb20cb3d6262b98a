package dev.devices.application.service;

import dev.devices.application.port.in.CreateOAuthClientUseCase;
import dev.devices.application.port.in.ManageOAuthClientUseCase;
import dev.devices.application.port.out.CallerChangesPort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.PasswordHasher;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Permission;
import java.util.random.RandomGenerator;

/**
 * Creating, switching and deleting OAuth clients; the generated secret leaves the service once, in
 * the answer to the creation.
 */
public final class OAuthClientService implements CreateOAuthClientUseCase, ManageOAuthClientUseCase {

    static final int CLIENT_ID_BYTES = 15;
    static final int SECRET_BYTES = 32;

    private final UnitOfWork unitOfWork;
    private final OrganizationAccess access;
    private final OAuthClientPort clients;
    private final ClientSecrets secrets;
    private final RandomGenerator secureRandom;
    private final CallerChangesPort callerChanges;

    public OAuthClientService(UnitOfWork unitOfWork, OrganizationTreePort organizations, OAuthClientPort clients,
                              PasswordHasher passwords, RandomGenerator secureRandom, CallerChangesPort callerChanges) {
        this.unitOfWork = unitOfWork;
        this.access = new OrganizationAccess(organizations);
        this.clients = clients;
        this.secrets = new ClientSecrets(passwords);
        this.secureRandom = secureRandom;
        this.callerChanges = callerChanges;
    }

    @Override
    public CreatedClient createClient(CreateOAuthClientCommand command) {
        String secret = Secrets.randomString(secureRandom, SECRET_BYTES);
        String secretHash = secrets.hash(secret);
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachableFor(command.caller(), command.orgId(), Permission.OAUTH_CLIENTS_MANAGE);
            OAuthClient client = clients.createClient(organization.id(), command.name().strip(),
                    Secrets.randomString(secureRandom, CLIENT_ID_BYTES), secretHash,
                    !Boolean.FALSE.equals(command.platformApiScope()));
            return new CreatedClient(client, secret);
        });
    }

    @Override
    public OAuthClient setPlatformApiScope(Caller caller, String clientId, boolean enabled) {
        OAuthClient client = unitOfWork.inTransaction(() -> {
            reachableClient(caller, clientId);
            return clients.setApiScope(clientId, enabled).orElseThrow(NotFound::oauthClient);
        });
        callerChanges.callersChanged();
        return client;
    }

    @Override
    public void deleteClient(Caller caller, String clientId) {
        unitOfWork.run(() -> {
            reachableClient(caller, clientId);
            clients.deleteClient(clientId);
        });
        callerChanges.callersChanged();
    }

    private OAuthClient reachableClient(Caller caller, String clientId) {
        OAuthClient client = clients.findClient(clientId).orElseThrow(NotFound::oauthClient);
        access.reachable(caller, client.orgId(), NotFound::oauthClient);
        PermissionPolicy.requires(caller, Permission.OAUTH_CLIENTS_MANAGE).orThrow();
        return client;
    }
}
