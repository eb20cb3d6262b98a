package dev.devices.bootstrap;

import dev.devices.adapter.counters.redis.RedisCounters;
import dev.devices.application.port.out.AccessTokenIssuer;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.BrokerCredentialsPort;
import dev.devices.application.port.out.CallerChangesPort;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.HistoryRetentionPort;
import dev.devices.application.port.out.IdempotencyPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.PasswordHasher;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.RoleLeasePort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.application.service.CallerService;
import dev.devices.application.service.DeviceCallLimiter;
import dev.devices.application.service.ConditionalWriteService;
import dev.devices.application.service.IdempotencyService;
import dev.devices.application.service.DeviceCatalogService;
import dev.devices.application.service.DeviceCredentialSync;
import dev.devices.application.service.DeviceDataService;
import dev.devices.application.service.HistoryRetentionService;
import dev.devices.application.service.DeviceEventService;
import dev.devices.application.service.DeviceLifecycleService;
import dev.devices.application.service.DeviceSearchService;
import dev.devices.application.service.DeviceSideService;
import dev.devices.application.service.DeviceStateService;
import dev.devices.application.service.DeviceTokenService;
import dev.devices.application.service.DeviceTransferService;
import dev.devices.application.service.FirstStartService;
import dev.devices.application.service.OAuthClientService;
import dev.devices.application.service.OrganizationService;
import dev.devices.application.service.RateLimitService;
import dev.devices.application.service.RoleClaimService;
import dev.devices.application.service.SignInThrottle;
import dev.devices.application.service.TagService;
import dev.devices.application.service.TemplateService;
import dev.devices.application.service.TokenService;
import dev.devices.application.service.UserService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the framework-free use cases and hands them the adapters' ports. Each producer's bean types
 * include the use-case interfaces its service implements, which is what the driving adapters inject.
 */
@Singleton
class UseCaseWiring {

    private final SecureRandom secureRandom = new SecureRandom();

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    DeviceSearchService deviceSearch(UnitOfWork unitOfWork, OrganizationTreePort organizations, DeviceQueryPort devices,
                                     UserPort users, Clock clock) {
        return new DeviceSearchService(unitOfWork, organizations, devices, users, clock);
    }

    @Produces
    @Singleton
    DeviceStateService deviceState(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                   DeviceDataPort deviceData, TemplatePort templates, TimelinePort timeline, UserPort users,
                                   TagPort tags, ActionLogPort actionLog, Clock clock) {
        return new DeviceStateService(unitOfWork, organizations, loadDevice, deviceData, templates, timeline, users, tags,
                actionLog, clock);
    }

    @Produces
    @Singleton
    DeviceTransferService deviceTransfers(UnitOfWork unitOfWork, OrganizationTreePort organizations,
                                          LoadDevicePort loadDevice, SaveDevicePort saveDevice, TemplatePort templates,
                                          TimelinePort timeline, UserPort users, TagPort tags, CredentialChangesPort outbox,
                                          Clock clock,
                                          @ConfigProperty(name = "devices.mqtt.device-credentials") String credentials) {
        return new DeviceTransferService(unitOfWork, organizations, loadDevice, saveDevice, templates, timeline, users, tags,
                brokerChanges(outbox, credentials), secureRandom, clock);
    }

    @Produces
    @Singleton
    DeviceTokenService deviceTokens(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                    TemplatePort templates, SaveDevicePort saveDevice, CredentialChangesPort outbox,
                                    Clock clock,
                                    @ConfigProperty(name = "devices.mqtt.device-credentials") String credentials) {
        return new DeviceTokenService(unitOfWork, organizations, loadDevice, templates, saveDevice,
                brokerChanges(outbox, credentials), secureRandom, clock);
    }

    /**
     * Only a broker that authenticates each device needs to hear of device tokens that come and go;
     * every instance records them, MQTT on or off, since devices change through any of them.
     */
    private static CredentialChangesPort brokerChanges(CredentialChangesPort outbox, String credentials) {
        return credentials.equals("dynamic-security") ? outbox : CredentialChangesPort.NONE;
    }

    @Produces
    @Singleton
    DeviceDataService deviceData(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                 SaveDevicePort saveDevice, DeviceDataPort deviceData, TemplatePort templates,
                                 TimelinePort timeline, UserPort users, ActionLogPort actionLog, Clock clock) {
        return new DeviceDataService(unitOfWork, organizations, loadDevice, saveDevice, deviceData, templates, timeline, users,
                actionLog, clock);
    }

    @Produces
    @Singleton
    DeviceEventService deviceEvents(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                    TemplatePort templates, TimelinePort timeline, Clock clock) {
        return new DeviceEventService(unitOfWork, organizations, loadDevice, templates, timeline, clock);
    }

    @Produces
    @Singleton
    DeviceSideService deviceSide(UnitOfWork unitOfWork, LoadDevicePort loadDevice, SaveDevicePort saveDevice,
                                 DeviceDataPort deviceData, TemplatePort templates, TimelinePort timeline, Clock clock) {
        return new DeviceSideService(unitOfWork, loadDevice, saveDevice, deviceData, templates, timeline, clock);
    }

    /** One budget per device, whichever transport its calls come by. */
    @Produces
    @Singleton
    DeviceCallLimiter deviceCallLimiter(DevicesConfig config, Clock clock) {
        return new DeviceCallLimiter(config.deviceApi().rateLimitPerSecond(), config.deviceApi().rateLimitTokens(),
                () -> clock.millis() / 1000);
    }

    @Produces
    @Singleton
    IdempotencyService idempotency(UnitOfWork unitOfWork, IdempotencyPort answers, Clock clock, DevicesConfig config) {
        return new IdempotencyService(unitOfWork, answers, config.idempotency().ttl(), clock);
    }

    @Produces
    @Singleton
    HistoryRetentionService historyRetention(UnitOfWork unitOfWork, HistoryRetentionPort history, Clock clock,
                                             DevicesConfig config) {
        return new HistoryRetentionService(unitOfWork, history, clock, config.history().retention());
    }

    @Produces
    @Singleton
    RoleClaimService roleClaims(UnitOfWork unitOfWork, RoleLeasePort leases, DevicesConfig config) {
        return new RoleClaimService(unitOfWork, leases, config.cluster().roleTerm());
    }

    @Produces
    @Singleton
    RateLimitService rateLimits(UnitOfWork unitOfWork, RateLimitPort database, @RedisCounters Instance<RateLimitPort> redis,
                                Clock clock, DevicesConfig config) {
        return new RateLimitService(unitOfWork, chosen(config, database, redis), clock, config.rateLimit().perMinute());
    }

    /** The counters of the store {@code devices.counters.store} names; Redis is only reached when chosen. */
    private static <T> T chosen(DevicesConfig config, T database, Instance<T> redis) {
        return config.counters().store() == DevicesConfig.Counters.Store.REDIS ? redis.get() : database;
    }

    @Produces
    @Singleton
    TagService tags(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                    TemplatePort templates, TagPort tags, SaveDevicePort saveDevice) {
        return new TagService(unitOfWork, organizations, loadDevice, templates, tags, saveDevice);
    }

    @Produces
    @Singleton
    DeviceCatalogService deviceCatalog(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                       DeviceQueryPort deviceQuery, DeviceDataPort deviceData, TemplatePort templates,
                                       TimelinePort timeline, UserPort users) {
        return new DeviceCatalogService(unitOfWork, organizations, loadDevice, deviceQuery, deviceData, templates, timeline,
                users);
    }

    @Produces
    @Singleton
    ConditionalWriteService conditionalWrites(UnitOfWork unitOfWork, OrganizationTreePort organizations,
                                              LoadDevicePort loadDevice, TemplatePort templates) {
        return new ConditionalWriteService(unitOfWork, organizations, loadDevice, templates);
    }

    @Produces
    @Singleton
    DeviceLifecycleService deviceLifecycle(UnitOfWork unitOfWork, OrganizationTreePort organizations,
                                           LoadDevicePort loadDevice, SaveDevicePort saveDevice, DeviceDataPort deviceData,
                                           TemplatePort templates, TimelinePort timeline, UserPort users,
                                           CredentialChangesPort outbox, Clock clock,
                                           @ConfigProperty(name = "devices.mqtt.device-credentials") String credentials) {
        return new DeviceLifecycleService(unitOfWork, organizations, loadDevice, saveDevice, deviceData, templates, timeline,
                users, brokerChanges(outbox, credentials), secureRandom, clock);
    }

    @Produces
    @Singleton
    DeviceCredentialSync deviceCredentialSync(UnitOfWork unitOfWork, CredentialChangesPort outbox,
                                              BrokerCredentialsPort broker, Clock clock) {
        return new DeviceCredentialSync(unitOfWork, outbox, broker, clock);
    }

    @Produces
    @Singleton
    OrganizationService organizations(UnitOfWork unitOfWork, OrganizationTreePort organizations, Clock clock) {
        return new OrganizationService(unitOfWork, organizations, clock);
    }

    @Produces
    @Singleton
    UserService users(UnitOfWork unitOfWork, OrganizationTreePort organizations, UserPort users, PasswordHasher hasher,
                      CallerChangesPort callerChanges) {
        return new UserService(unitOfWork, organizations, users, hasher, callerChanges);
    }

    @Produces
    @Singleton
    TemplateService templates(UnitOfWork unitOfWork, OrganizationTreePort organizations, TemplatePort templates) {
        return new TemplateService(unitOfWork, organizations, templates, secureRandom);
    }

    @Produces
    @Singleton
    OAuthClientService oauthClients(UnitOfWork unitOfWork, OrganizationTreePort organizations, OAuthClientPort clients,
                                    PasswordHasher hasher, CallerChangesPort callerChanges) {
        return new OAuthClientService(unitOfWork, organizations, clients, hasher, secureRandom, callerChanges);
    }

    @Produces
    @Singleton
    TokenService tokens(UnitOfWork unitOfWork, OrganizationTreePort organizations, UserPort users, OAuthClientPort clients,
                        RefreshTokenPort refreshTokens,
                        FailedSignInPort databaseSignIns, @RedisCounters Instance<FailedSignInPort> redisSignIns,
                        AccessTokenIssuer issuer, PasswordHasher hasher, Clock clock,
                        DevicesConfig config) {
        DevicesConfig.SignInFailures limits = config.auth().signInFailures();
        SignInThrottle throttle = new SignInThrottle(unitOfWork, chosen(config, databaseSignIns, redisSignIns), clock,
                new SignInThrottle.Limits(limits.perClient(), limits.perUsername(), limits.perAddress()));
        return new TokenService(unitOfWork, organizations, users, clients, refreshTokens, issuer, hasher, secureRandom, clock,
                new TokenService.Lifetimes(config.auth().accessTokenLifetime(), config.auth().refreshTokenLifetime()),
                throttle);
    }

    @Produces
    @Singleton
    CallerService callers(UnitOfWork unitOfWork, OAuthClientPort clients, OrganizationTreePort organizations, UserPort users) {
        return new CallerService(unitOfWork, clients, organizations, users);
    }

    @Produces
    @Singleton
    FirstStartService firstStart(UnitOfWork unitOfWork, OrganizationTreePort organizations, OAuthClientPort clients,
                                 PasswordHasher hasher, Clock clock) {
        return new FirstStartService(unitOfWork, organizations, clients, hasher, secureRandom, clock);
    }
}
