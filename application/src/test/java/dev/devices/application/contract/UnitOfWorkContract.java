package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.organization.Organization;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A unit of work commits everything or, when its work throws, nothing; a nested unit joins the outer one. */
public abstract class UnitOfWorkContract extends PortContract {

    @Test
    void whatAUnitWroteIsThereAfterIt() {
        Organization created = newOrganization();
        assertThat(tx(() -> ports().organizations().loadOrganization(created.id()))).contains(created);
    }

    @Test
    void aFailingUnitLeavesNothingBehindAndItsExceptionComesThrough() {
        Organization parent = newOrganization();
        AtomicReference<Organization> written = new AtomicReference<>();
        assertThatThrownBy(() -> txRun(() -> {
            written.set(newOrganization(parent));
            throw new IllegalArgumentException("changed my mind");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("changed my mind");
        assertThat(tx(() -> ports().organizations().loadOrganization(written.get().id()))).isEmpty();
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() {
        Organization parent = newOrganization();
        AtomicReference<Organization> inner = new AtomicReference<>();
        assertThatThrownBy(() -> txRun(() -> {
            txRun(() -> inner.set(newOrganization(parent)));
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> ports().organizations().loadOrganization(inner.get().id()))).isEmpty();
    }
}
