package dev.devices.application.port.out;

import dev.devices.application.port.out.CredentialChangesPort.CredentialChange;
import java.util.List;

/**
 * The MQTT broker's own store of device credentials. Applying a change that is already in effect
 * (adding a device the broker knows, removing one it does not) succeeds: changes may be applied twice.
 */
public interface BrokerCredentialsPort {

    /** Applies every change, or throws {@link BrokerUnavailable} with none of them taken as applied. */
    void apply(List<CredentialChange> changes);

    /** The broker did not confirm the changes (unreachable, timed out, refused). */
    final class BrokerUnavailable extends RuntimeException {
        public BrokerUnavailable(String message) {
            super(message);
        }
    }
}
