package dev.devices.adapter.persistence.jpa;

import dev.devices.application.contract.PortContract;
import dev.devices.application.testing.AtOnce;
import dev.devices.domain.device.Device;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import dev.devices.application.contract.PortContracts;
import dev.devices.application.contract.PortsUnderTest;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.HistoryRetentionPort;
import dev.devices.application.port.out.IdempotencyPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.RoleLeasePort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.organization.Organization;
import dev.devices.embedded.TestDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Every port contract, run against the JPA adapter on PostgreSQL (the same contracts the in-memory
 * adapter passes), in the adapter's own module: the adapter and the schema alone, no service around it.
 */
@QuarkusTest
@WithTestResource(TestDatabaseResource.class)
class JpaPortContractsTest extends PortContracts {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    OrganizationTreePort organizations;

    @Inject
    LoadDevicePort loadDevice;

    @Inject
    SaveDevicePort saveDevice;

    @Inject
    DeviceQueryPort deviceQuery;

    @Inject
    DeviceDataPort deviceData;

    @Inject
    TemplatePort templates;

    @Inject
    TimelinePort timeline;

    @Inject
    ActionLogPort actionLog;

    @Inject
    UserPort users;

    @Inject
    TagPort tags;

    @Inject
    OAuthClientPort oauthClients;

    @Inject
    RefreshTokenPort refreshTokens;

    @Inject
    RateLimitPort rateLimits;

    @Inject
    RoleLeasePort roleLeases;

    @Inject
    HistoryRetentionPort historyRetention;

    @Inject
    IdempotencyPort idempotency;

    @Inject
    FailedSignInPort failedSignIns;

    @Inject
    CredentialChangesPort credentialChanges;

    private final PortsUnderTest adapter = new PortsUnderTest() {
        @Override
        public UnitOfWork unitOfWork() {
            return unitOfWork;
        }

        @Override
        public OrganizationTreePort organizations() {
            return organizations;
        }

        @Override
        public LoadDevicePort loadDevice() {
            return loadDevice;
        }

        @Override
        public SaveDevicePort saveDevice() {
            return saveDevice;
        }

        @Override
        public DeviceQueryPort deviceQuery() {
            return deviceQuery;
        }

        @Override
        public DeviceDataPort deviceData() {
            return deviceData;
        }

        @Override
        public TemplatePort templates() {
            return templates;
        }

        @Override
        public TimelinePort timeline() {
            return timeline;
        }

        @Override
        public ActionLogPort actionLog() {
            return actionLog;
        }

        @Override
        public UserPort users() {
            return users;
        }

        @Override
        public TagPort tags() {
            return tags;
        }

        @Override
        public OAuthClientPort oauthClients() {
            return oauthClients;
        }

        @Override
        public RefreshTokenPort refreshTokens() {
            return refreshTokens;
        }

        @Override
        public RateLimitPort rateLimits() {
            return rateLimits;
        }

        @Override
        public RoleLeasePort roleLeases() {
            return roleLeases;
        }

        @Override
        public HistoryRetentionPort historyRetention() {
            return historyRetention;
        }

        @Override
        public IdempotencyPort idempotency() {
            return idempotency;
        }

        @Override
        public FailedSignInPort failedSignIns() {
            return failedSignIns;
        }

        @Override
        public CredentialChangesPort credentialChanges() {
            return credentialChanges;
        }

        /** The tree's root, made once; the tests build their own organizations under it. */
        @Override
        public Organization rootOrganization() {
            return root();
        }
    };

    /** One per run, like the database: the schema allows one root. */
    private static Organization root;

    private Organization root() {
        synchronized (JpaPortContractsTest.class) {
            if (root == null) {
                root = unitOfWork.inTransaction(() -> organizations.createOrganization(
                        new NewOrganization("Contracts root", null, null, "UTC", System.currentTimeMillis())));
            }
            return root;
        }
    }

    @Override
    protected PortsUnderTest adapter() {
        return adapter;
    }

    @Inject
    EntityManager em;

    /** What the partitioned history tables do in PostgreSQL beyond the retention contract. */
    @Nested
    class WeeklyPartitionsTest extends PortContract {

        private static final long W = HistoryPartitionsAdapter.weekOf(2_100_000_000_000L); // a week of 2036
        private static final long WEEK = HistoryPartitionsAdapter.WEEK;

        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }

        @Test
        void recordsLandInTheirWeeksPartitionAndWeeksPastTheCutoffAreDroppedWhole() {
            Device device = device();
            txRun(() -> historyRetention.prepare(W, W + 3 * WEEK));
            record(device, W + 3_600_000);

            for (String table : List.of("datastream_history", "timeline_event", "action_log")) {
                assertThat(partitionOf(table, device)).isEqualTo(table + "_p" + day(W));
                assertThat(exists(table + "_p" + day(W + 2 * WEEK))).isTrue();
            }
            long removedBefore = tx(() -> historyRetention.removeBefore(W + WEEK + 3_600_000));

            assertThat(removedBefore).isEqualTo(W + WEEK);
            for (String table : List.of("datastream_history", "timeline_event", "action_log")) {
                assertThat(exists(table + "_p" + day(W))).as("the week before the cutoff").isFalse();
                assertThat(exists(table + "_p" + day(W + WEEK))).as("the week holding the cutoff").isTrue();
                assertThat(partitionOf(table, device)).isNull();
            }
        }

        @Test
        void aRecordInTheDefaultPartitionMovesIntoItsWeekWhenThatIsCreated() {
            Device device = device();
            long at = W + 8 * WEEK + 60_000;
            record(device, at);
            assertThat(partitionOf("timeline_event", device)).isEqualTo("timeline_event_default");

            txRun(() -> historyRetention.prepare(at, at + 1));

            for (String table : List.of("datastream_history", "timeline_event", "action_log")) {
                assertThat(partitionOf(table, device)).isEqualTo(table + "_p" + day(W + 8 * WEEK));
            }
        }

        @Test
        void recordsWrittenWhileTheirWeekIsCreatedAreNeitherLostNorInTheWay() throws Exception {
            Device device = device();
            long at = W + 20 * WEEK + 1_000;
            record(device, at); // in the DEFAULT partition: creating the week moves it first
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(writers.submit(() -> {
                    while (!stop.get()) {
                        txRun(() -> timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), null,
                                EventType.INFORMATION, null, "meanwhile", at)));
                        written.incrementAndGet();
                    }
                }));
            }
            Thread.sleep(300);
            txRun(() -> historyRetention.prepare(at, at + 1));
            Thread.sleep(300);
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();

            assertThat(written.get()).isPositive();
            List<?> where = tx(() -> em.createNativeQuery("SELECT tableoid::regclass::text FROM timeline_event"
                    + " WHERE device_id = ?1").setParameter(1, device.id()).getResultList());
            assertThat(where.stream().map(Object::toString).toList()).hasSize(1 + written.get())
                    .containsOnly("timeline_event_p" + day(W + 20 * WEEK));
        }

        @Test
        void instancesPreparingAtOnceCreateEachPartitionOnce() throws Exception {
            long from = W + 12 * WEEK;
            long prepared = AtOnce.countTrue(8, 8, i -> () -> {
                unitOfWork.run(() -> historyRetention.prepare(from, from + 4 * WEEK));
                return true;
            });
            assertThat(prepared).isEqualTo(8);
            for (int week = 0; week < 4; week++) {
                assertThat(exists("timeline_event_p" + day(from + week * WEEK))).isTrue();
            }
        }

        private Device device() {
            Organization org = newOrganization();
            return newDevice(org, newTemplate(org, "T"), "D");
        }

        private void record(Device device, long at) {
            int stream = tx(() -> templates.loadTemplate(device.templateId())).orElseThrow().dataStreams().get(0).id();
            txRun(() -> {
                deviceData.writeValue(device.id(), stream, new DataStreamValue.Decimal(1.5), at);
                timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), null,
                        EventType.INFORMATION, null, "now", at));
                actionLog.appendLogEntry(new ActionLogEntry(0, device.id(), device.orgId(), null, "1", "v1",
                        ActionLogEntry.VIRTUAL, true, at));
            });
        }

        /** The partition holding the device's row of that table, or null when it has none. */
        private String partitionOf(String table, Device device) {
            List<?> partitions = tx(() -> em.createNativeQuery("SELECT tableoid::regclass::text FROM " + table
                    + " WHERE device_id = ?1").setParameter(1, device.id()).getResultList());
            return partitions.isEmpty() ? null : partitions.get(0).toString();
        }

        private boolean exists(String table) {
            return tx(() -> em.createNativeQuery("SELECT to_regclass(?1) IS NOT NULL").setParameter(1, table)
                    .getSingleResult().equals(Boolean.TRUE));
        }

        private String day(long millis) {
            return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd").withZone(java.time.ZoneOffset.UTC)
                    .format(java.time.Instant.ofEpochMilli(millis));
        }
    }
}
