package dev.devices.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import org.junit.jupiter.api.Test;

class ReachPolicyTest {

    //        1
    //      /   \
    //     5     12
    //     |
    //     7
    private final Organization root = org(1, null, OrgPath.root(1));
    private final Organization five = org(5, 1, root.path().child(5));
    private final Organization seven = org(7, 5, five.path().child(7));
    private final Organization twelve = org(12, 1, root.path().child(12));
    private final Organization one = org(51, 1, root.path().child(51)); // '/1/51/' must not look like a child of 5

    @Test
    void anOrganizationReachesItselfAndItsDescendants() {
        assertThat(Reach.of(root).includes(seven)).isTrue();
        assertThat(Reach.of(five).includes(five)).isTrue();
        assertThat(Reach.of(five).includes(seven)).isTrue();
    }

    @Test
    void notItsParentNorItsSiblingsNorTheirChildren() {
        assertThat(Reach.of(five).includes(root)).isFalse();
        assertThat(Reach.of(five).includes(twelve)).isFalse();
        assertThat(Reach.of(seven).includes(five)).isFalse();
        assertThat(Reach.of(five).includes(one)).isFalse();
    }

    @Test
    void theRejectionIsTheGivenNotFound() {
        assertThat(ReachPolicy.canReach(Reach.of(root), five, NotFound::organization).allowed()).isTrue();
        Decision decision = ReachPolicy.canReach(Reach.of(twelve), seven, NotFound::organization);
        assertThat(decision.allowed()).isFalse();
        assertThatThrownBy(decision::orThrow).isInstanceOf(NotFound.class)
                .hasMessage("Organization is not found or you don't have access to it.");
    }

    @Test
    void pathsAreValidated() {
        assertThat(OrgPath.of("/1/5/7/")).isEqualTo(seven.path());
        assertThatThrownBy(() -> OrgPath.of("/1/5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrgPath.of("/1/%/")).isInstanceOf(IllegalArgumentException.class);
    }

    static Organization org(int id, Integer parent, OrgPath path) {
        return new Organization(id, "org " + id, null, parent, "UTC", 0, path);
    }
}
