package dev.devices.application.service;

import dev.devices.application.port.in.ClaimRoleUseCase;
import dev.devices.application.port.out.RoleLeasePort;
import dev.devices.application.port.out.UnitOfWork;
import java.time.Duration;

/** Claims roles through the shared store, each in a unit of work of its own. */
public final class RoleClaimService implements ClaimRoleUseCase {

    private final UnitOfWork unitOfWork;
    private final RoleLeasePort leases;
    private final Duration term;

    public RoleClaimService(UnitOfWork unitOfWork, RoleLeasePort leases, Duration term) {
        if (term.toMillis() < 1_000) {
            throw new IllegalArgumentException("A role's term must be at least a second, not " + term);
        }
        this.unitOfWork = unitOfWork;
        this.leases = leases;
        this.term = term;
    }

    @Override
    public boolean claim(String role, String instance) {
        return unitOfWork.inTransaction(() -> leases.claim(role, instance, term));
    }

    @Override
    public void release(String role, String instance) {
        unitOfWork.run(() -> leases.release(role, instance));
    }

    @Override
    public Duration term() {
        return term;
    }
}
