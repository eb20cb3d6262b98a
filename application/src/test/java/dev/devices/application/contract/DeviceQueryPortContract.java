package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.DeviceQueryPort.DeviceSearch;
import dev.devices.domain.access.DeviceVisibility;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceSort;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.Template;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.User;
import org.junit.jupiter.api.Test;

/** Lists of devices: by organization or subtree, search, by owner, recently activated. */
public abstract class DeviceQueryPortContract extends PortContract {

    @Test
    void listsAnOrganizationOrItsSubtreeInIdOrderWithPaging() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        Template template = newTemplate(parent, "T");
        Device p1 = newDevice(parent, template, "P1");
        Device c1 = newDevice(child, template, "C1");
        Device p2 = newDevice(parent, template, "P2");

        assertThat(ids(tx(() -> ports().deviceQuery().listDevices(parent, false, DeviceVisibility.all(), PageRequest.of(0, 10)))))
                .containsExactly(p1.id(), p2.id());
        Page<Device> subtree = tx(() -> ports().deviceQuery().listDevices(parent, true, DeviceVisibility.all(), PageRequest.of(0, 2)));
        assertThat(subtree.totalElements()).isEqualTo(3);
        assertThat(ids(subtree)).containsExactly(p1.id(), c1.id());
        assertThat(ids(tx(() -> ports().deviceQuery().listDevices(parent, true, DeviceVisibility.all(), PageRequest.of(1, 2))))).containsExactly(p2.id());
        assertThat(tx(() -> ports().deviceQuery().listDevices(parent, true, DeviceVisibility.all(), PageRequest.of(5, 2))).content()).isEmpty();
    }

    @Test
    void anOwnerVisibilityShowsOnlyThatUsersDevicesInListsSearchesAndActivations() {
        Organization org = newOrganization();
        Organization child = newOrganization(org);
        Template template = newTemplate(org, "Visible");
        long owner = newUser(org).id();
        long other = newUser(org).id();
        Device mine = withTimes(newDevice(org, template, "Mine", owner), 1_000L, null);
        withTimes(newDevice(org, template, "Theirs", other), 1_000L, null);
        withTimes(newDevice(org, template, "Nobodys"), 1_000L, null);
        DeviceVisibility own = DeviceVisibility.ownedBy(owner);

        Page<Device> listed = tx(() -> ports().deviceQuery().listDevices(org, false, own, PageRequest.of(0, 10)));
        assertThat(ids(listed)).containsExactly(mine.id());
        assertThat(listed.totalElements()).isEqualTo(1);
        assertThat(ids(tx(() -> ports().deviceQuery().listDevices(org, true, own, PageRequest.of(0, 10)))))
                .containsExactly(mine.id());
        Page<Device> found = tx(() -> ports().deviceQuery().searchDevices(org.path(), own,
                new DeviceSearch("visible", null, DeviceSort.ID, false, System.currentTimeMillis()), PageRequest.of(0, 10)));
        assertThat(ids(found)).containsExactly(mine.id());
        assertThat(found.totalElements()).isEqualTo(1);
        assertThat(tx(() -> ports().deviceQuery().listRecentlyActivated(org.id(), 500L, own, 10)))
                .extracting(Device::id).containsExactly(mine.id());
        assertThat(ids(tx(() -> ports().deviceQuery().listDevices(child, false, own, PageRequest.of(0, 10))))).isEmpty();
    }

    @Test
    void searchMatchesNameTokenOwnerEmailTemplateNameOrIdWithinTheSubtree() {
        Organization org = newOrganization();
        String marker = "m" + unique();
        Template plain = newTemplate(org, "Plain");
        Template named = newTemplate(org, "Model " + marker.toUpperCase());
        User owner = newUser(org, marker + "@owners.example.com");
        Device byName = newDevice(org, plain, "Boiler " + marker);
        Device byOwner = newDevice(org, plain, "Owned", owner.id());
        Device byTemplate = newDevice(org, named, "Modelled");
        Device other = newDevice(org, plain, "Other");
        newDevice(newOrganization(), plain, "Outside " + marker);

        assertThat(ids(search(org, marker, null, DeviceSort.ID, false))).containsExactly(byName.id(), byOwner.id(), byTemplate.id());
        assertThat(ids(search(org, other.token().value().substring(2, 30).toUpperCase(), null, DeviceSort.ID, false)))
                .containsExactly(other.id());
        assertThat(ids(search(org, "no such text " + marker + "x", other.id(), DeviceSort.ID, false))).containsExactly(other.id());
        assertThat(search(org, "%", null, DeviceSort.ID, false).totalElements()).isZero();
    }

    @Test
    void aSearchPageCountsEveryMatchWhereverThePageFalls() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        String marker = unique();
        Device first = newDevice(org, template, "1 " + marker);
        newDevice(org, template, "2 " + marker);
        Device third = newDevice(org, template, "3 " + marker);
        DeviceSearch byName = new DeviceSearch(marker, null, DeviceSort.NAME, false, System.currentTimeMillis());
        Page<Device> pageZero = tx(() -> ports().deviceQuery().searchDevices(org.path(), DeviceVisibility.all(), byName,
                PageRequest.of(0, 2)));
        assertThat(pageZero.totalElements()).isEqualTo(3);
        assertThat(ids(pageZero).get(0)).isEqualTo(first.id());
        Page<Device> last = tx(() -> ports().deviceQuery().searchDevices(org.path(), DeviceVisibility.all(), byName,
                PageRequest.of(1, 2)));
        assertThat(ids(last)).containsExactly(third.id());
        assertThat(last.totalElements()).isEqualTo(3);
        Page<Device> beyond = tx(() -> ports().deviceQuery().searchDevices(org.path(), DeviceVisibility.all(), byName,
                PageRequest.of(5, 2)));
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(3);
    }

    @Test
    void searchSortsByTheKeyWithMissingValuesLastAndTiesById() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        String marker = unique();
        Device b = newDevice(org, template, "b " + marker);
        Device a1 = newDevice(org, template, "A " + marker);
        Device a2 = newDevice(org, template, "a " + marker);
        assertThat(ids(search(org, marker, null, DeviceSort.NAME, false))).containsExactly(a1.id(), a2.id(), b.id());
        assertThat(ids(search(org, marker, null, DeviceSort.NAME, true))).containsExactly(b.id(), a1.id(), a2.id());

        withTimes(b, 200L, null);
        withTimes(a2, 100L, null);
        assertThat(ids(search(org, marker, null, DeviceSort.ACTIVATED_AT, false))).containsExactly(a2.id(), b.id(), a1.id());
        assertThat(ids(search(org, marker, null, DeviceSort.ACTIVATED_AT, true))).containsExactly(b.id(), a2.id(), a1.id());
    }

    @Test
    void searchCanSortByConnectedness() {
        Organization org = newOrganization();
        Template template = newTemplate(org, "T");
        String marker = unique();
        Device silent = newDevice(org, template, "silent " + marker);
        Device live = newDevice(org, template, "live " + marker);
        withTimes(live, null, System.currentTimeMillis());
        assertThat(ids(search(org, marker, null, DeviceSort.STATUS, true))).containsExactly(live.id(), silent.id());
    }

    @Test
    void listsDevicesByTheirOwnersEmailWithinTheSubtree() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        Template template = newTemplate(parent, "T");
        User owner = newUser(child);
        Device owned = newDevice(child, template, "Owned", owner.id());
        newDevice(child, template, "Not owned");
        Email email = Email.of("email", owner.email().value().toUpperCase());
        assertThat(ids(tx(() -> ports().deviceQuery().listDevicesByOwnerEmail(parent.path(), email, PageRequest.of(0, 10)))))
                .containsExactly(owned.id());
        assertThat(tx(() -> ports().deviceQuery().listDevicesByOwnerEmail(newOrganization().path(), email,
                PageRequest.of(0, 10))).totalElements()).isZero();
    }

    @Test
    void recentlyActivatedIsTheOrganizationsOwnNewestFirst() {
        Organization org = newOrganization();
        Organization child = newOrganization(org);
        Template template = newTemplate(org, "T");
        Device older = withTimes(newDevice(org, template, "Older"), 1_000L, null);
        Device newer = withTimes(newDevice(org, template, "Newer"), 2_000L, null);
        withTimes(newDevice(org, template, "Too old"), 10L, null);
        withTimes(newDevice(child, template, "In child"), 2_000L, null);
        newDevice(org, template, "Never");
        assertThat(tx(() -> ports().deviceQuery().listRecentlyActivated(org.id(), 500L, DeviceVisibility.all(), 10)))
                .extracting(Device::id).containsExactly(newer.id(), older.id());
        assertThat(tx(() -> ports().deviceQuery().listRecentlyActivated(org.id(), 500L, DeviceVisibility.all(), 1)))
                .extracting(Device::id).containsExactly(newer.id());
    }

    private Page<Device> search(Organization within, String text, Integer exactId, DeviceSort sort, boolean descending) {
        return tx(() -> ports().deviceQuery().searchDevices(within.path(), DeviceVisibility.all(),
                new DeviceSearch(text, exactId, sort, descending, System.currentTimeMillis()), PageRequest.of(0, 50)));
    }

    private static java.util.List<Integer> ids(Page<Device> page) {
        return page.content().stream().map(Device::id).toList();
    }
}
