package dev.devices.domain.organization;

import dev.devices.domain.access.Decision;
import dev.devices.domain.error.InvalidInput;

/**
 * How deep the organization tree may grow. The root is level 1; Blynk allows 4 levels (more on
 * request), this service allows {@value #MAX_DEPTH}, room for partner / customer / site / department
 * hierarchies while every path stays short enough to index and to send.
 */
public final class NestingPolicy {

    public static final int MAX_DEPTH = 10;

    private NestingPolicy() {
    }

    public static Decision canAddChildTo(Organization parent) {
        return parent.path().depth() < MAX_DEPTH ? Decision.allow() : Decision.reject(() -> InvalidInput.of(
                "parentOrganizationId", "Organizations can be nested at most " + MAX_DEPTH + " levels deep."));
    }
}
