package dev.devices.application.service;

import dev.devices.application.port.in.AuthenticateCallerUseCase;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.error.Forbidden;
import dev.devices.domain.user.User;

/**
 * Checks that what a token names still exists and may act: its OAuth client (with the platform-API
 * scope), its organization, and its user (active, same organization). Permissions of the service's
 * own user tokens come from the user's current role, not the token. The auth adapter remembers each
 * token's outcome for a few seconds (devices.auth.caller-check-ttl), so a change applies within that.
 */
public final class CallerService implements AuthenticateCallerUseCase {

    private final UnitOfWork unitOfWork;
    private final OAuthClientPort clients;
    private final OrganizationTreePort organizations;
    private final UserPort users;

    public CallerService(UnitOfWork unitOfWork, OAuthClientPort clients, OrganizationTreePort organizations,
                         UserPort users) {
        this.unitOfWork = unitOfWork;
        this.clients = clients;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    public Caller authenticate(VerifiedToken token) {
        return unitOfWork.inTransaction(() -> {
            if (token.clientId() != null) {
                OAuthClient client = clients.findClient(token.clientId())
                        .orElseThrow(() -> new CallerRejected("The token's OAuth client no longer exists."));
                if (!client.apiScopeEnabled()) {
                    throw Forbidden.platformApiScope();
                }
            }
            organizations.loadOrganization(token.orgId())
                    .orElseThrow(() -> new CallerRejected("The token's organization does not exist."));
            if (token.userId() == null) {
                return token.permissions() == null ? Caller.organization(token.orgId(), token.clientId())
                        : new Caller(token.orgId(), token.clientId(), null, token.permissions());
            }
            User user = users.loadUser(token.userId())
                    .filter(User::isActive)
                    .filter(u -> u.orgId() == token.orgId())
                    .orElseThrow(() -> new CallerRejected("The token's user no longer exists or is not active."));
            return Caller.user(user.orgId(), token.clientId(), user.id(),
                    token.permissions() == null ? user.role().permissions() : token.permissions());
        });
    }
}
