package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.RoleLeasePort;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Roles in this process: an in-memory deployment is one instance, which always gets the role it asks for first. */
final class MemoryRoleLeases implements RoleLeasePort {

    private record Claim(String holder, long expiresAtMillis) {
    }

    private final Map<String, Claim> claims = new HashMap<>();

    @Override
    public synchronized boolean claim(String role, String holder, Duration term) {
        long now = System.currentTimeMillis();
        Claim current = claims.get(role);
        if (current != null && !current.holder().equals(holder) && current.expiresAtMillis() >= now) {
            return false;
        }
        claims.put(role, new Claim(holder, now + term.toMillis()));
        return true;
    }

    @Override
    public synchronized void release(String role, String holder) {
        claims.computeIfPresent(role, (r, claim) -> claim.holder().equals(holder) ? null : claim);
    }
}
