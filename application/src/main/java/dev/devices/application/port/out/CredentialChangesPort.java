package dev.devices.application.port.out;

import dev.devices.domain.device.DeviceToken;
import java.util.Collection;
import java.util.List;

/**
 * Device credentials waiting to be applied to an MQTT broker that authenticates each device on its
 * own: an outbox, written in the same unit of work as the device it describes, so that no device is
 * created or deleted without its broker change, and drained by any instance (each change once).
 */
public interface CredentialChangesPort {

    /** Nothing is recorded: for deployments whose broker does not know devices one by one. */
    CredentialChangesPort NONE = new CredentialChangesPort() {
        @Override
        public void record(DeviceToken token, boolean added) {
        }

        @Override
        public void recordRemoval(DeviceToken token, long notBefore) {
        }

        @Override
        public List<CredentialChange> claimPending(int limit, long now) {
            return List.of();
        }

        @Override
        public void applied(Collection<Long> changeIds) {
        }

        @Override
        public boolean seedOnce() {
            return false;
        }

        @Override
        public void forgetSeed() {
        }
    };

    /** One device's credentials to add ({@code added}) or to remove. */
    record CredentialChange(long id, DeviceToken token, boolean added) {
    }

    void record(DeviceToken token, boolean added);

    /** A removal that is due only at {@code notBefore} (the end of a rotated token's overlap). */
    void recordRemoval(DeviceToken token, long notBefore);

    /**
     * Up to {@code limit} changes due at {@code now}, oldest first, held by this unit of work until it
     * ends: other instances claiming meanwhile skip them rather than wait.
     */
    List<CredentialChange> claimPending(int limit, long now);

    /** The changes are on the broker: they are gone from the outbox when the unit of work commits. */
    void applied(Collection<Long> changeIds);

    /**
     * The first time credentials are managed: records an addition for every existing device, once for
     * the whole deployment. False when that was done before.
     */
    boolean seedOnce();

    /** Credentials are not managed (any more): switching it on again seeds every device again. */
    void forgetSeed();
}
