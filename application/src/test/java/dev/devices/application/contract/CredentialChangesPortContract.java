package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.CredentialChangesPort.CredentialChange;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.organization.Organization;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The credential outbox: changes come out in the order they were recorded and stay until applied;
 * two units of work draining at once never take the same change; seeding queues every device once.
 * The store may hold other changes: the contract looks only at its own tokens.
 */
public abstract class CredentialChangesPortContract extends PortContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long NOW = System.currentTimeMillis();

    private CredentialChangesPort outbox() {
        return adapter().credentialChanges();
    }

    @Test
    void changesComeOutInTheOrderRecordedAndStayUntilApplied() {
        DeviceToken a = DeviceToken.generate(RANDOM);
        DeviceToken b = DeviceToken.generate(RANDOM);
        txRun(() -> {
            outbox().record(a, true);
            outbox().record(b, true);
            outbox().record(a, false);
        });
        List<CredentialChange> pending = ours(tx(() -> outbox().claimPending(10_000, NOW)), a, b);
        assertThat(pending).extracting(CredentialChange::token).containsExactly(a, b, a);
        assertThat(pending).extracting(CredentialChange::added).containsExactly(true, true, false);
        assertThat(ours(tx(() -> outbox().claimPending(10_000, NOW)), a, b)).hasSize(3); // claimed, not applied: still there

        txRun(() -> outbox().applied(pending.subList(0, 2).stream().map(CredentialChange::id).toList()));
        assertThat(ours(tx(() -> outbox().claimPending(10_000, NOW)), a, b)).extracting(CredentialChange::added).containsExactly(false);
        txRun(() -> outbox().applied(List.of(pending.get(2).id())));
        assertThat(ours(tx(() -> outbox().claimPending(10_000, NOW)), a, b)).isEmpty();
    }

    /** A rotated token's removal waits for the end of its overlap; what comes after it is not held up. */
    @Test
    void aRemovalDueLaterIsClaimedOnlyFromThen() {
        DeviceToken old = DeviceToken.generate(RANDOM);
        DeviceToken fresh = DeviceToken.generate(RANDOM);
        txRun(() -> {
            outbox().recordRemoval(old, NOW + 60_000);
            outbox().record(fresh, true);
        });
        assertThat(ours(tx(() -> outbox().claimPending(10_000, NOW)), old, fresh)).extracting(CredentialChange::token)
                .containsExactly(fresh);
        List<CredentialChange> due = ours(tx(() -> outbox().claimPending(10_000, NOW + 60_000)), old, fresh);
        assertThat(due).extracting(CredentialChange::token).containsExactly(old, fresh);
        assertThat(due.get(0).added()).isFalse();
        txRun(() -> outbox().applied(due.stream().map(CredentialChange::id).toList()));
    }

    @Test
    void twoUnitsOfWorkDrainingAtOnceNeverTakeTheSameChange() {
        List<DeviceToken> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(DeviceToken.generate(RANDOM));
        }
        txRun(() -> tokens.forEach(t -> outbox().record(t, true)));
        List<CompletableFuture<List<CredentialChange>>> drains = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            drains.add(CompletableFuture.supplyAsync(() -> tx(() -> {
                List<CredentialChange> claimed = ours(outbox().claimPending(10_000, NOW), tokens.toArray(DeviceToken[]::new));
                sleep(300); // the broker is slow: the other drain runs meanwhile
                outbox().applied(claimed.stream().map(CredentialChange::id).toList());
                return claimed;
            })));
        }
        List<Long> claimed = drains.stream().flatMap(d -> d.join().stream()).map(CredentialChange::id).toList();
        assertThat(claimed).doesNotHaveDuplicates().hasSize(5);
        assertThat(ours(tx(() -> outbox().claimPending(10_000, NOW)), tokens.toArray(DeviceToken[]::new))).isEmpty();
    }

    @Test
    void seedingQueuesEveryDeviceOnceUntilItIsForgotten() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Seeded");
        txRun(() -> outbox().forgetSeed());
        assertThat(tx(() -> outbox().seedOnce())).isTrue();
        assertThat(tx(() -> outbox().seedOnce())).isFalse();
        List<CredentialChange> seeded = ours(tx(() -> outbox().claimPending(1_000_000, NOW)), device.token());
        assertThat(seeded).extracting(CredentialChange::added).containsExactly(true);

        txRun(() -> outbox().applied(tx(() -> outbox().claimPending(1_000_000, NOW)).stream().map(CredentialChange::id).toList()));
        txRun(() -> outbox().forgetSeed());
        assertThat(tx(() -> outbox().seedOnce())).isTrue(); // switched on again: every device once more
        assertThat(ours(tx(() -> outbox().claimPending(1_000_000, NOW)), device.token())).hasSize(1);
        txRun(() -> outbox().applied(tx(() -> outbox().claimPending(1_000_000, NOW)).stream().map(CredentialChange::id).toList()));
        txRun(() -> outbox().forgetSeed());
    }

    /**
     * A device deleted while the seed runs: the seed waits for the deletion and leaves the device out.
     * Before it waited, it queued the device's addition after its removal, and the broker kept a
     * deleted device's token.
     */
    @Test
    void seedingWaitsForADeletionInFlightAndLeavesTheDeviceOut() throws Exception {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Leaving");
        txRun(() -> outbox().forgetSeed());
        CountDownLatch deleting = new CountDownLatch(1);
        Thread deleter = new Thread(() -> txRun(() -> {
            ports().saveDevice().deleteDevice(org.id(), device.id());
            outbox().record(device.token(), false);
            deleting.countDown();
            sleep(300);
        }));
        deleter.start();
        deleting.await();
        assertThat(tx(() -> outbox().seedOnce())).isTrue();
        deleter.join();

        assertThat(ours(tx(() -> outbox().claimPending(1_000_000, NOW)), device.token()))
                .extracting(CredentialChange::added).containsExactly(false);
        txRun(() -> outbox().applied(tx(() -> outbox().claimPending(1_000_000, NOW)).stream().map(CredentialChange::id).toList()));
        txRun(() -> outbox().forgetSeed());
    }

    private static List<CredentialChange> ours(List<CredentialChange> changes, DeviceToken... tokens) {
        Set<DeviceToken> mine = Set.of(tokens);
        return changes.stream().filter(c -> mine.contains(c.token())).collect(Collectors.toList());
    }
}
