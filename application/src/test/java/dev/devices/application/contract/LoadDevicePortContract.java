package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.Template;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A device is loaded within a reach: outside it, the device is simply not there. */
public abstract class LoadDevicePortContract extends PortContract {

    private static final long NOW = 1_800_000_000_000L;

    @Test
    void aDeviceIsFoundFromItsOrganizationAndItsAncestors() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        Device device = newDevice(child, newTemplate(child, "T"), "Reachable");
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(child), device.id()))).contains(device);
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(parent), device.id()))).contains(device);
    }

    @Test
    void aDeviceIsFoundByItsTokenAlone() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "By token");
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(device.token(), NOW))).contains(device);
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(DeviceToken.generate(new SecureRandom()), NOW))).isEmpty();
    }

    /**
     * After a rotation the previous token still names the device, by lookup and by lock, until the
     * end of its overlap and never after; a second rotation drops it at once and hands it back.
     */
    @Test
    void aRotatedDeviceIsFoundByItsPreviousTokenUntilTheOverlapEnds() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Rotated");
        DeviceToken first = device.token();
        DeviceToken second = DeviceToken.generate(new SecureRandom());
        assertThat(tx(() -> ports().saveDevice().rotateToken(device.withToken(second), first, NOW + 1_000))).isEmpty();
        Device rotated = tx(() -> ports().loadDevice().loadDeviceByToken(second, NOW)).orElseThrow();
        assertThat(rotated.token()).isEqualTo(second);
        assertThat(rotated.configVersion()).isEqualTo(device.configVersion() + 1);
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(first, NOW + 999))).contains(rotated);
        assertThat(tx(() -> ports().loadDevice().lockDeviceByToken(first, NOW + 999))).contains(rotated);
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(first, NOW + 1_000))).isEmpty();
        assertThat(tx(() -> ports().loadDevice().lockDeviceByToken(first, NOW + 1_000))).isEmpty();

        DeviceToken third = DeviceToken.generate(new SecureRandom());
        assertThat(tx(() -> ports().saveDevice().rotateToken(rotated.withToken(third), second, null))).contains(first);
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(first, NOW))).isEmpty();
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(second, NOW))).as("no overlap: stops at once").isEmpty();
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(third, NOW)).orElseThrow().id()).isEqualTo(device.id());
    }

    @Test
    void aDeviceLockedByItsTokenWaitsForTheHoldersUnitOfWork() throws Exception {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Held");
        assertWaitsForAHolderOf(device, () -> ports().loadDevice().lockDeviceByToken(device.token(), NOW));
        assertThat(tx(() -> ports().loadDevice().lockDeviceByToken(DeviceToken.generate(new SecureRandom()), NOW))).isEmpty();
    }

    @Test
    void aDeviceLockedWithinAReachWaitsForTheHoldersUnitOfWork() throws Exception {
        Organization org = newOrganization();
        Organization sibling = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Held by id");
        assertWaitsForAHolderOf(device, () -> ports().loadDevice().lockDevice(Reach.of(org), device.id()));
        assertThat(tx(() -> ports().loadDevice().lockDevice(Reach.of(sibling), device.id()))).isEmpty();
    }

    /** Another unit of work holds the device for 300 ms: {@code lock} gets it (as it was) only after. */
    private void assertWaitsForAHolderOf(Device device, Supplier<Optional<Device>> lock) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        AtomicLong releasedAt = new AtomicLong();
        Thread holder = new Thread(() -> txRun(() -> {
            ports().loadDevice().lockDeviceByToken(device.token(), NOW).orElseThrow();
            held.countDown();
            sleep(300);
            releasedAt.set(System.nanoTime());
        }));
        holder.start();
        held.await();
        long lockedAt = tx(() -> {
            assertThat(lock.get()).contains(device);
            return System.nanoTime();
        });
        holder.join();
        assertThat(lockedAt).isGreaterThan(releasedAt.get());
    }

    @Test
    void dueOfflineChecksComeEarliestFirstAndOnlyWhenDue() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        long now = System.currentTimeMillis() + 3_600_000_000L; // later than anything other tests leave behind
        Device later = withOfflineCheckAt(newDevice(org, template, "Due later"), now - 1_000);
        Device earlier = withOfflineCheckAt(newDevice(org, template, "Due earlier"), now - 2_000);
        Device atNow = withOfflineCheckAt(newDevice(org, template, "Due now"), now);
        Device notYet = withOfflineCheckAt(newDevice(org, template, "Not yet"), now + 1);
        newDevice(org, template, "Nothing pending");
        var due = tx(() -> ports().loadDevice().lockDueOfflineChecks(now, 100_000)).stream().map(Device::id).toList();
        assertThat(due).containsSubsequence(earlier.id(), later.id(), atNow.id()).doesNotContain(notYet.id());
        tx(() -> ports().saveDevice().updateDevice(later.with(later.connectivity().withOfflineCheckAt(null))));
        // cleared: no longer due
        assertThat(tx(() -> ports().loadDevice().lockDueOfflineChecks(now, 100_000))).extracting(Device::id)
                .doesNotContain(later.id()).contains(earlier.id());
    }

    private Device withOfflineCheckAt(Device device, long at) {
        return tx(() -> ports().saveDevice().updateDevice(device.with(device.connectivity().withOfflineCheckAt(at))));
    }

    @Test
    void notFromASiblingOrADescendant() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        Organization sibling = newOrganization();
        Device device = newDevice(parent, newTemplate(parent, "T"), "Private");
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(sibling), device.id()))).isEmpty();
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(child), device.id()))).isEmpty();
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(parent), Integer.MAX_VALUE))).isEmpty();
    }
}
