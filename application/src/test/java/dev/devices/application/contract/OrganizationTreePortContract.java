package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.domain.organization.Organization;
import org.junit.jupiter.api.Test;

/** Organizations form one tree; each knows its path from the root. */
public abstract class OrganizationTreePortContract extends PortContract {

    @Test
    void aChildsPathExtendsItsParents() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        assertThat(child.parentId()).isEqualTo(parent.id());
        assertThat(child.path()).isEqualTo(parent.path().child(child.id()));
        assertThat(parent.isAncestorOrSelfOf(child)).isTrue();
        assertThat(child.isAncestorOrSelfOf(parent)).isFalse();
    }

    @Test
    void loadingGivesBackWhatWasCreated() {
        Organization created = newOrganization();
        Organization loaded = tx(() -> ports().organizations().loadOrganization(created.id())).orElseThrow();
        assertThat(loaded).isEqualTo(created);
        assertThat(loaded.tz()).isEqualTo("UTC");
    }

    @Test
    void anUnknownOrganizationIsEmptyAndTheRootExists() {
        assertThat(tx(() -> ports().organizations().loadOrganization(Integer.MAX_VALUE))).isEmpty();
        assertThat(tx(() -> ports().organizations().rootExists())).isTrue();
    }
}
