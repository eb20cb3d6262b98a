package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.domain.device.DeviceToken;
import java.util.Collection;
import java.util.List;

/** The credential outbox in memory; units of work are serialized, so a claim is simply a read. */
final class MemoryCredentialChanges implements CredentialChangesPort {

    private final Store store;

    MemoryCredentialChanges(Store store) {
        this.store = store;
    }

    @Override
    public void record(DeviceToken token, boolean added) {
        record(token, added, 0);
    }

    @Override
    public void recordRemoval(DeviceToken token, long notBefore) {
        record(token, false, notBefore);
    }

    private void record(DeviceToken token, boolean added, long notBefore) {
        store.accept(s -> {
            long id = s.nextLong();
            s.credentialChanges.put(id, new CredentialChange(id, token, added));
            if (notBefore > 0) {
                s.credentialChangesDue.put(id, notBefore);
            }
        });
    }

    @Override
    public List<CredentialChange> claimPending(int limit, long now) {
        return store.apply(s -> s.credentialChanges.values().stream()
                .filter(change -> s.credentialChangesDue.getOrDefault(change.id(), 0L) <= now).limit(limit).toList());
    }

    @Override
    public void applied(Collection<Long> changeIds) {
        store.accept(s -> changeIds.forEach(id -> {
            s.credentialChanges.remove(id);
            s.credentialChangesDue.remove(id);
        }));
    }

    @Override
    public boolean seedOnce() {
        return store.apply(s -> {
            if (s.credentialsSeeded) {
                return false;
            }
            s.credentialsSeeded = true;
            s.devices.values().forEach(device -> {
                long id = s.nextLong();
                s.credentialChanges.put(id, new CredentialChange(id, device.token(), true));
            });
            return true;
        });
    }

    @Override
    public void forgetSeed() {
        store.accept(s -> s.credentialsSeeded = false);
    }
}
