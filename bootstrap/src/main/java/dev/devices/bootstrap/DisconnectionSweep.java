package dev.devices.bootstrap;

import dev.devices.application.port.in.RecordDisconnectionsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Notices devices gone silent even while no request arrives; safe to run on every instance at once. */
@Singleton
class DisconnectionSweep {

    private static final Logger LOG = Logger.getLogger(DisconnectionSweep.class);

    private final RecordDisconnectionsUseCase disconnections;

    DisconnectionSweep(RecordDisconnectionsUseCase disconnections) {
        this.disconnections = disconnections;
    }

    @Scheduled(every = "{devices.connectivity.sweep-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int recorded = disconnections.recordDisconnections();
        if (recorded > 0) {
            LOG.debugf("Recorded %d devices offline", recorded);
        }
    }
}
