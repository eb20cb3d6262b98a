package dev.devices.application.port.in;

import java.time.Duration;

/**
 * Work that one instance of the service must do alone (taking the MQTT subscription), whichever
 * instances run: the instance claims a role and renews the claim well within its term; when it stops
 * renewing, another instance's next claim takes the role over.
 */
public interface ClaimRoleUseCase {

    /** Claims the role for this instance, or renews its claim; false while another instance holds it. */
    boolean claim(String role, String instance);

    /** Lets the role go at once (a clean stop), so that another instance need not wait for the term. */
    void release(String role, String instance);

    /** How long a claim lasts without renewal. A holder that cannot renew for half of it must stop the work. */
    Duration term();
}
