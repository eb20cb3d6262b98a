package dev.devices.application.port.out;

import java.time.Duration;

/**
 * Named roles held by one instance at a time, shared by every instance of the service: a claim lasts
 * its term unless renewed, so the role passes to another instance when its holder dies. Terms are
 * measured by the store's clock, so instances' clocks need not agree.
 */
public interface RoleLeasePort {

    /**
     * Takes {@code role} for {@code holder}, or renews the holder's claim, for {@code term} from now;
     * false (and nothing changed) while another holder's claim has not run out.
     */
    boolean claim(String role, String holder, Duration term);

    /** Ends the holder's claim at once; nothing when another holds the role. */
    void release(String role, String holder);
}
