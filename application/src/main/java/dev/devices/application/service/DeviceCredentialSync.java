package dev.devices.application.service;

import dev.devices.application.port.in.SyncDeviceCredentialsUseCase;
import dev.devices.application.port.out.BrokerCredentialsPort;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.CredentialChangesPort.CredentialChange;
import dev.devices.application.port.out.UnitOfWork;
import java.time.Clock;
import java.util.List;

/**
 * Drains the credential outbox into the broker. A batch stays in the outbox until the broker has
 * confirmed it, so a broker outage delays changes but loses none. One instance drains at a time
 * (the claim takes a lock the others do not wait for: they find nothing to do), so changes reach the
 * broker in the order they were made.
 */
public final class DeviceCredentialSync implements SyncDeviceCredentialsUseCase {

    private static final int BATCH = 100;

    private final UnitOfWork unitOfWork;
    private final CredentialChangesPort changes;
    private final BrokerCredentialsPort broker;
    private final Clock clock;

    public DeviceCredentialSync(UnitOfWork unitOfWork, CredentialChangesPort changes, BrokerCredentialsPort broker,
                                Clock clock) {
        this.unitOfWork = unitOfWork;
        this.changes = changes;
        this.broker = broker;
        this.clock = clock;
    }

    @Override
    public void seedIfFirstTime() {
        unitOfWork.run(changes::seedOnce);
    }

    @Override
    public void stopManaging() {
        unitOfWork.run(changes::forgetSeed);
    }

    @Override
    public int syncPending() {
        int applied = 0;
        while (true) {
            int batch = unitOfWork.inTransaction(() -> {
                List<CredentialChange> pending = changes.claimPending(BATCH, clock.millis());
                if (!pending.isEmpty()) {
                    broker.apply(pending);
                    changes.applied(pending.stream().map(CredentialChange::id).toList());
                }
                return pending.size();
            });
            applied += batch;
            if (batch < BATCH) {
                return applied;
            }
        }
    }
}
