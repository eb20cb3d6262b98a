package dev.devices.application.service;

import dev.devices.application.port.in.IssueTokenUseCase;
import dev.devices.application.port.in.TokenGrantRejected;
import dev.devices.application.port.out.AccessTokenIssuer;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.PasswordHasher;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.RefreshTokenPort.RefreshGrant;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.access.Reach;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The client-credentials, user-credentials and refresh-token grants. Each refresh token is good for
 * one use; refreshing a user's token checks again that the user is active.
 */
public final class TokenService implements IssueTokenUseCase {

    private static final int REFRESH_TOKEN_BYTES = 32;
    private static final int DECOY_SECRET_BYTES = 16;

    private final UnitOfWork unitOfWork;
    private final OAuthClientPort clients;
    private final UserPort users;
    private final OrganizationTreePort organizations;
    private final RefreshTokenPort refreshTokens;
    private final AccessTokenIssuer issuer;
    private final PasswordHasher passwords;
    private final ClientSecrets clientSecrets;
    private final RandomGenerator secureRandom;
    private final Clock clock;
    private final Lifetimes lifetimes;
    private final SignInThrottle throttle;
    /** Verified against when the username is unknown, so that both failures take the same time. */
    private final String decoyPasswordHash;
    /** Likewise for an unknown client id. */
    private final String decoyClientHash;

    public TokenService(UnitOfWork unitOfWork, OrganizationTreePort organizations, UserPort users,
                        OAuthClientPort clients, RefreshTokenPort refreshTokens, AccessTokenIssuer issuer,
                        PasswordHasher passwords, RandomGenerator secureRandom, Clock clock, Lifetimes lifetimes,
                        SignInThrottle throttle) {
        this.unitOfWork = unitOfWork;
        this.clients = clients;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.organizations = organizations;
        this.issuer = issuer;
        this.passwords = passwords;
        this.clientSecrets = new ClientSecrets(passwords);
        this.secureRandom = secureRandom;
        this.clock = clock;
        this.lifetimes = lifetimes;
        this.throttle = throttle;
        this.decoyPasswordHash = passwords.hash(Secrets.randomString(secureRandom, DECOY_SECRET_BYTES));
        this.decoyClientHash = clientSecrets.hash(Secrets.randomString(secureRandom, OAuthClientService.SECRET_BYTES));
    }

    /** How long issued tokens live. */
    public record Lifetimes(Duration accessToken, Duration refreshToken) {
    }

    @Override
    public TokenPair clientCredentials(ClientCredentials credentials) {
        throttle.checkAllowed(clientIdOf(credentials), null, addressOf(credentials));
        OAuthClient client = authenticate(credentials);
        return unitOfWork.inTransaction(() -> issuePair(Caller.organization(client.orgId(), client.clientId())));
    }

    @Override
    public TokenPair userCredentials(ClientCredentials credentials, String username, String password) {
        if (username == null || password == null) {
            throw TokenGrantRejected.invalidRequest("username and password are required.");
        }
        throttle.checkAllowed(clientIdOf(credentials), username, addressOf(credentials));
        OAuthClient client = authenticate(credentials);
        Optional<User> found = Email.isValid(username)
                ? unitOfWork.inTransaction(() -> users.findUserByEmail(Email.of("username", username))) : Optional.empty();
        String hash = found.map(User::passwordHash).orElse(null);
        boolean matches = passwords.matches(password, hash == null ? decoyPasswordHash : hash);
        if (found.isEmpty() || hash == null || !matches) {
            throttle.recordFailure(null, username, addressOf(credentials));
            throw TokenGrantRejected.invalidGrant("The username or password is incorrect.");
        }
        User user = found.get();
        // a hash of older parameters (or PBKDF2, before Argon2id) is replaced now that the password is at hand
        String rehashed = passwords.needsRehash(hash) ? passwords.hash(password) : null;
        return unitOfWork.inTransaction(() -> {
            if (!belongsToClientsSubtree(user, client)) {
                throw TokenGrantRejected.invalidGrant("The username or password is incorrect.");
            }
            if (!user.isActive()) {
                throw TokenGrantRejected.invalidGrant("The user is not active.");
            }
            if (rehashed != null) {
                users.replacePasswordHash(user.id(), hash, rehashed);
            }
            return issuePair(Caller.user(user.orgId(), client.clientId(), user.id(), user.role().permissions()));
        });
    }

    /** A client hands out tokens only for users of its own organization and the organizations below. */
    private boolean belongsToClientsSubtree(User user, OAuthClient client) {
        Optional<Organization> clientOrganization = organizations.loadOrganization(client.orgId());
        Optional<Organization> userOrganization = organizations.loadOrganization(user.orgId());
        return clientOrganization.isPresent() && userOrganization.isPresent()
                && Reach.of(clientOrganization.get()).includes(userOrganization.get());
    }

    @Override
    public TokenPair refresh(ClientCredentials credentials, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw TokenGrantRejected.invalidRequest("refresh_token is required.");
        }
        throttle.checkAllowed(clientIdOf(credentials), null, addressOf(credentials));
        OAuthClient client = authenticate(credentials);
        return unitOfWork.inTransaction(() -> {
            RefreshGrant grant = refreshTokens.consumeRefreshToken(Secrets.sha256(refreshToken), clock.millis())
                    .filter(g -> g.clientId().equals(client.clientId()))
                    .orElseThrow(() -> TokenGrantRejected.invalidGrant("The refresh token is invalid, expired or already used."));
            if (grant.userId() == null) {
                return issuePair(Caller.organization(grant.orgId(), client.clientId()));
            }
            User user = users.loadUser(grant.userId()).filter(User::isActive)
                    .orElseThrow(() -> TokenGrantRejected.invalidGrant("The user no longer exists or is not active."));
            return issuePair(Caller.user(user.orgId(), client.clientId(), user.id(), user.role().permissions()));
        });
    }

    private OAuthClient authenticate(ClientCredentials credentials) {
        if (credentials == null || credentials.clientId() == null || credentials.clientSecret() == null) {
            throw TokenGrantRejected.invalidClient();
        }
        var client = unitOfWork.inTransaction(() -> clients.findClient(credentials.clientId()));
        String secret = credentials.clientSecret();
        String hash = client.map(OAuthClient::secretHash).orElse(decoyClientHash);
        if (client.isEmpty() || !clientSecrets.matches(secret, hash)) {
            throttle.recordFailure(credentials.clientId(), null, credentials.address());
            throw TokenGrantRejected.invalidClient();
        }
        if (clientSecrets.needsRehash(secret, hash)) {
            String rehashed = clientSecrets.hash(secret);
            unitOfWork.run(() -> clients.replaceSecretHash(credentials.clientId(), hash, rehashed));
        }
        return client.get();
    }

    private static String clientIdOf(ClientCredentials credentials) {
        return credentials == null ? null : credentials.clientId();
    }

    private static String addressOf(ClientCredentials credentials) {
        return credentials == null ? null : credentials.address();
    }

    private TokenPair issuePair(Caller caller) {
        long now = clock.millis();
        String accessToken = issuer.issueAccessToken(caller, now, now + lifetimes.accessToken().toMillis());
        String refreshToken = Secrets.randomString(secureRandom, REFRESH_TOKEN_BYTES);
        refreshTokens.saveRefreshToken(new RefreshGrant(Secrets.sha256(refreshToken), caller.clientId(), caller.orgId(),
                caller.userId(), now + lifetimes.refreshToken().toMillis()));
        return new TokenPair(accessToken, lifetimes.accessToken().toSeconds(), refreshToken);
    }
}
