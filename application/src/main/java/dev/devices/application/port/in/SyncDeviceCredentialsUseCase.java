package dev.devices.application.port.in;

/** Applies the device credential changes waiting in the outbox to the MQTT broker. */
public interface SyncDeviceCredentialsUseCase {

    /** The first time credentials are managed, every existing device is queued once. */
    void seedIfFirstTime();

    /** Credentials are not managed: switching it on later queues every device again. */
    void stopManaging();

    /** Applies what is pending, in batches, until nothing is; the number of changes applied. */
    int syncPending();
}
