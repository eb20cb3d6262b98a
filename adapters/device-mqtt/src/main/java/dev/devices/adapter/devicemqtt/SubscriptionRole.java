package dev.devices.adapter.devicemqtt;

import dev.devices.application.port.in.ClaimRoleUseCase;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * This instance's hold on the MQTT subscription: claims the role a few times per term and tells its
 * holder when it gained the role, still holds it, or must give it up. A watch on a thread of its own
 * gives the role up when no claim succeeded for half a term (counted from the start of the last one
 * that did), however long a claim hangs on the database, so the holder has stopped well before the
 * claim runs out for the other instances.
 */
final class SubscriptionRole {

    static final String ROLE = "mqtt-subscription";
    private static final Logger LOG = Logger.getLogger(SubscriptionRole.class);

    /** What the bridge does as the role comes and goes; never called on Paho's threads. */
    interface Holder {
        void gained();

        void stillHeld();

        void lost();
    }

    private final ClaimRoleUseCase roles;
    private final Holder holder;
    private final String instance = instanceName();
    private ScheduledExecutorService claims;
    private ScheduledExecutorService watch;
    private boolean held;
    private volatile long lastClaimStartNanos;

    SubscriptionRole(ClaimRoleUseCase roles, Holder holder) {
        this.roles = roles;
        this.holder = holder;
    }

    void start() {
        claims = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mqtt-role"));
        watch = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mqtt-role-watch"));
        long term = roles.term().toMillis();
        claim(); // at once, so that a single instance subscribes as it starts
        claims.scheduleWithFixedDelay(this::claim, term / 4, term / 4, TimeUnit.MILLISECONDS);
        long look = Math.min(500, term / 8);
        watch.scheduleWithFixedDelay(this::watch, look, look, TimeUnit.MILLISECONDS);
    }

    /** Stops claiming and lets the role go at once, so that another instance need not wait for the term. */
    void stop() {
        if (claims == null) {
            return;
        }
        claims.shutdownNow();
        watch.shutdownNow();
        boolean wasHeld;
        synchronized (this) {
            wasHeld = held;
            held = false;
        }
        if (wasHeld) {
            try {
                roles.release(ROLE, instance);
            } catch (RuntimeException unreachable) {
                LOG.debugf("Could not release the MQTT subscription role: %s", unreachable.getMessage());
            }
        }
    }

    private void claim() {
        long start = System.nanoTime();
        boolean ours;
        try {
            ours = roles.claim(ROLE, instance);
        } catch (RuntimeException unreachable) {
            LOG.debugf("Could not claim the MQTT subscription role: %s", unreachable.getMessage());
            return; // the watch gives the role up if this lasts
        }
        boolean gained;
        synchronized (this) {
            if (!ours) {
                giveUp("another instance holds the MQTT subscription role");
                return;
            }
            lastClaimStartNanos = start;
            gained = !held;
            held = true;
        }
        if (gained) {
            LOG.infof("This instance (%s) takes the MQTT subscription", instance);
            holder.gained();
        } else {
            holder.stillHeld();
        }
    }

    private void watch() {
        if (System.nanoTime() - lastClaimStartNanos > roles.term().toNanos() / 2) {
            synchronized (this) {
                giveUp("the MQTT subscription role was not renewed for half its term");
            }
        }
    }

    /** Called holding this object's lock. */
    private void giveUp(String why) {
        if (!held) {
            return;
        }
        held = false;
        LOG.warnf("Stepping down: %s", why);
        holder.lost();
    }

    /** Names this instance among the role's claimants: host, process and a random part for restarts. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
