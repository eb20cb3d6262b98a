package dev.devices.bootstrap.it;

import static dev.devices.bootstrap.it.DatabaseRestartIT.jsonField;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.PackagedService;
import dev.devices.bootstrap.support.StreamingReplica;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with a read replica ({@code DEVICES_READ_REPLICA_JDBC_URL}): a primary and a hot
 * standby streaming from it, made by this test from the machine's binaries. Lists, search and
 * timelines are read on the standby once it has replayed the writes before them (waiting a little
 * for it when it is a little behind); while it lags ({@code recovery_min_apply_delay}), is down or
 * is frozen the primary answers them, so a read right after a write sees it. The standby logs its statements, which tells where each read ran.
 */
class ReadReplicaIT {

    private static final Path LOG = Path.of("target", "read-replica-it.log");
    /** What the device queries look like in the standby's log, lower-cased (HQL's and native SQL's alike). */
    private static final String DEVICE_QUERY = "from device d";
    private static final String REPLAY_CHECK = "pg_last_wal_replay_lsn";

    private StreamingReplica databases;
    private PackagedService service;
    private String token;
    private int template;

    @Test
    void readsGoToTheReplicaOnceItHoldsTheWritesAndToThePrimaryWhileItLagsIsDownOrIsFrozen() throws Exception {
        databases = StreamingReplica.withDatabase("devices_replica");
        service = PackagedService.start(databases.primaryUrl(), "postgres", null, Path.of("target", "devices-replica-keys").toAbsolutePath(),
                LOG, Map.of("DEVICES_READ_REPLICA_JDBC_URL", databases.replicaUrl(),
                        "DEVICES_READ_REPLICA_MAX_WAIT", "500ms", "DEVICES_READ_REPLICA_RETRY_AFTER", "1s",
                        "DEVICES_AUTH_ARGON2_MEMORY_KIB", "1024", "DEVICES_AUTH_ARGON2_ITERATIONS", "1"));
        service.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(60));
        token = jsonField(service.call("POST", "/oauth2/token?grant_type=client_credentials", null, null), "access_token");
        template = Integer.parseInt(jsonField(service.call("POST", "/api/v1/organization/template/create", token,
                "{\"name\": \"Replicated\"}"), "id"));

        // caught up: the reads right after a write see it, and the standby served them
        int mark = databases.replicaLog().length();
        String first = create("Replicated at once");
        assertThat(readsSee(first, "Replicated at once")).isTrue();
        String caughtUp = databases.replicaLog().substring(mark).toLowerCase();
        assertThat(caughtUp).contains(REPLAY_CHECK, DEVICE_QUERY, "timeline_event");

        // lagging: the standby does not have the new device, the primary answers every read
        databases.delayReplay("1h");
        mark = databases.replicaLog().length();
        String lagging = create("Written while it lags");
        assertThat(databases.onReplica("SELECT name FROM device")).as("the standby lags")
                .contains("Replicated at once").doesNotContain("Written while it lags");
        long t0 = System.nanoTime();
        assertThat(readsSee(lagging, "Written while it lags")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        String whileLagging = databases.replicaLog().substring(mark).toLowerCase();
        assertThat(whileLagging).as("asked, not used").contains(REPLAY_CHECK).doesNotContain(DEVICE_QUERY);

        // a little behind: the reads wait for the standby to replay the write, and it serves them
        databases.delayReplay("100ms");
        awaitReadsOnTheReplica();
        mark = databases.replicaLog().length();
        String slightlyBehind = create("Written while it is a little behind");
        assertThat(readsSee(slightlyBehind, "Written while it is a little behind")).isTrue();
        assertThat(databases.replicaLog().substring(mark).toLowerCase()).as("waited for, then used")
                .contains(REPLAY_CHECK, DEVICE_QUERY, "timeline_event");

        databases.delayReplay("0");
        awaitReadsOnTheReplica();

        // frozen (every process of the standby stopped, connections open but unanswered): the primary
        // answers once the replica's timeouts give up, readiness stays up
        databases.freezeReplica();
        String frozen = create("Written while it is frozen");
        t0 = System.nanoTime();
        assertThat(readsSee(frozen, "Written while it is frozen")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        assertThat(service.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
        databases.thawReplica();
        awaitReadsOnTheReplica();

        // down: the primary answers within a bounded time, readiness stays up
        databases.stopReplica();
        String down = create("Written while it is down");
        t0 = System.nanoTime();
        assertThat(readsSee(down, "Written while it is down")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(service.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(5)).statusCode()).isEqualTo(200);

        databases.startReplica();
        awaitReadsOnTheReplica();
        assertThat(service.log()).contains("The read replica cannot be reached", "The read replica serves reads again");
    }

    private String create(String name) throws Exception {
        HttpResponse<String> created = service.call("POST", "/api/v1/organization/device/create", token,
                "{\"templateId\": " + template + ", \"name\": \"" + name + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = jsonField(created, "id");
        // a timeline entry to read back: clearing the new device's data records one
        assertThat(service.call("DELETE", "/api/v1/organization/device/clear?deviceId=" + id, token, null).statusCode())
                .isEqualTo(204);
        return id;
    }

    /** The list, a search and the device's timeline all answer with the device and its entry. */
    private boolean readsSee(String deviceId, String name) throws Exception {
        HttpResponse<String> list = service.call("GET", "/api/v1/organization/devices?size=100", token, null);
        HttpResponse<String> search = service.call("GET", "/api/v1/organization/search/devices?query="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), token, null);
        HttpResponse<String> timeline = service.call("GET", "/api/v1/organization/device/timeline?deviceId=" + deviceId, token, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
        return list.body().contains(name) && search.body().contains(name) && timeline.body().contains("Device data cleared");
    }

    /** Within 30 s a list runs on the standby again (it caught up, or came back and was tried again). */
    private void awaitReadsOnTheReplica() throws Exception {
        int mark = databases.replicaLog().length();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!databases.replicaLog().substring(mark).toLowerCase().contains(DEVICE_QUERY)) {
            String since = databases.replicaLog().substring(mark);
            assertThat(System.nanoTime()).as("reads back on the replica within 30 s; its log since: %s",
                    since.substring(Math.max(0, since.length() - 3_000))).isLessThan(deadline);
            service.call("GET", "/api/v1/organization/devices", token, null);
            Thread.sleep(200);
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (service != null) {
            service.close();
        }
        if (databases != null) {
            databases.close();
        }
    }
}
