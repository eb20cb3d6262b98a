package dev.devices.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.port.out.BrokerCredentialsPort;
import dev.devices.application.service.DeviceCredentialSync;
import dev.devices.domain.device.Device;
import dev.devices.domain.template.Template;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broker that knows devices one by one learns of every device created and deleted, in order, and
 * a broker outage delays that without losing any of it.
 */
class DeviceCredentialSyncTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final List<String> applied = new ArrayList<>();
    private boolean brokerDown;
    private final BrokerCredentialsPort broker = changes -> {
        if (brokerDown) {
            throw new BrokerCredentialsPort.BrokerUnavailable("down");
        }
        changes.forEach(c -> applied.add((c.added() ? "add " : "remove ") + c.token().value()));
    };
    private final DeviceCredentialSync sync = new DeviceCredentialSync(f.persistence.unitOfWork(),
            f.persistence.credentialChanges(), broker, f.clock);

    @Test
    void createdAndDeletedDevicesReachTheBrokerInOrderAndAnOutageLosesNothing() {
        Template template = f.newTemplate(f.root);
        Device kept = f.newDevice(f.root, template, null);
        Device gone = f.newDevice(f.root, template, null);
        f.lifecycle.deleteDevice(f.root, gone.id());

        brokerDown = true;
        assertThatThrownBy(sync::syncPending).isInstanceOf(BrokerCredentialsPort.BrokerUnavailable.class);
        assertThat(applied).isEmpty();

        brokerDown = false;
        assertThat(sync.syncPending()).isEqualTo(3);
        assertThat(applied).containsExactly("add " + kept.token().value(), "add " + gone.token().value(),
                "remove " + gone.token().value());
        assertThat(sync.syncPending()).isZero();
    }

    @Test
    void theFirstTimeEveryExistingDeviceIsQueuedOnce() {
        Template template = f.newTemplate(f.root);
        Device before = f.newDevice(f.root, template, null);
        sync.syncPending();
        applied.clear();

        sync.seedIfFirstTime();
        sync.seedIfFirstTime();
        sync.syncPending();
        assertThat(applied).containsExactly("add " + before.token().value());

        sync.stopManaging();
        sync.seedIfFirstTime();
        sync.syncPending();
        assertThat(applied).hasSize(2);
    }
}
