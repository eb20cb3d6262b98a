package dev.devices.adapter.devicemqtt;

import dev.devices.application.port.in.SyncDeviceCredentialsUseCase;
import dev.devices.application.port.out.BrokerCredentialsPort.BrokerUnavailable;
import dev.devices.application.port.out.StoreUnavailable;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When the service keeps device credentials in the broker: queues every existing device the first
 * time, then applies pending changes every few seconds, from the instance holding the MQTT
 * subscription (the others are not connected to the broker).
 * Instances with MQTT off only record changes (see {@code UseCaseWiring}); they never forget the seed.
 */
@ApplicationScoped
class CredentialsSync {

    private static final Logger LOG = Logger.getLogger(CredentialsSync.class);

    private final MqttConfig config;
    private final SyncDeviceCredentialsUseCase sync;
    private final MqttDeviceBridge bridge;

    CredentialsSync(MqttConfig config, SyncDeviceCredentialsUseCase sync, MqttDeviceBridge bridge) {
        this.config = config;
        this.sync = sync;
        this.bridge = bridge;
    }

    void start(@Observes StartupEvent event) {
        if (!config.managesDeviceCredentials()) {
            sync.stopManaging(); // devices made meanwhile are caught up by the seed when it is switched on again
        } else if (active()) {
            sync.seedIfFirstTime();
        }
        // managing but MQTT off here: this instance records changes; an instance with MQTT on applies them
    }

    @Scheduled(every = "{devices.mqtt.credentials-sync-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void apply() {
        if (!active() || !bridge.isActive()) {
            return;
        }
        try {
            int applied = sync.syncPending();
            if (applied > 0) {
                LOG.debugf("Applied %d device credential changes to the broker", applied);
            }
        } catch (BrokerUnavailable | StoreUnavailable later) {
            LOG.debugf("Device credentials not applied yet: %s", later.getMessage());
        }
    }

    private boolean active() {
        return config.enabled() && config.managesDeviceCredentials();
    }
}
