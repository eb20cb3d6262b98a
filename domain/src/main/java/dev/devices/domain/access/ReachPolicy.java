package dev.devices.domain.access;

import dev.devices.domain.error.DomainException;
import dev.devices.domain.organization.Organization;
import java.util.function.Supplier;

/** An organization is reachable when it lies in the caller's subtree; otherwise it "does not exist". */
public final class ReachPolicy {

    private ReachPolicy() {
    }

    public static Decision canReach(Reach reach, Organization target, Supplier<? extends DomainException> notFound) {
        return reach.includes(target) ? Decision.allow() : Decision.reject(notFound);
    }
}
