package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.testing.AtOnce;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One holder per role at a time; a claim runs out after its term or on release. */
public abstract class RoleLeasePortContract extends PortContract {

    private static final Duration LONG = Duration.ofMinutes(5);

    @Test
    void aHeldRoleIsRefusedToOthersAndRenewedForItsHolder() {
        String role = role();
        assertThat(claim(role, "a", LONG)).isTrue();
        assertThat(claim(role, "b", LONG)).isFalse();
        assertThat(claim(role, "a", LONG)).as("renewed").isTrue();
        assertThat(claim(role(), "b", LONG)).as("another role is free").isTrue();
    }

    @Test
    void aClaimThatRanOutPassesToTheNextClaimant() throws InterruptedException {
        String role = role();
        assertThat(claim(role, "a", Duration.ofSeconds(1))).isTrue();
        assertThat(claim(role, "b", LONG)).isFalse();
        Thread.sleep(1_300);
        assertThat(claim(role, "b", LONG)).isTrue();
        assertThat(claim(role, "a", LONG)).as("the former holder does not get it back").isFalse();
    }

    @Test
    void aReleasedRoleIsFreeAtOnceAndOnlyItsHolderReleasesIt() {
        String role = role();
        assertThat(claim(role, "a", LONG)).isTrue();
        txRun(() -> adapter().roleLeases().release(role, "b"));
        assertThat(claim(role, "b", LONG)).as("a non-holder's release changes nothing").isFalse();
        txRun(() -> adapter().roleLeases().release(role, "a"));
        assertThat(claim(role, "b", LONG)).isTrue();
    }

    @Test
    void ofManyClaimingAtOnceExactlyOneHoldsTheRole() throws Exception {
        String role = role();
        assertThat(AtOnce.countTrue(16, 8, i -> () -> claim(role, "instance-" + i, LONG))).isEqualTo(1);
    }

    private boolean claim(String role, String holder, Duration term) {
        return tx(() -> adapter().roleLeases().claim(role, holder, term));
    }

    private static String role() {
        return "test-role-" + UUID.randomUUID();
    }
}
