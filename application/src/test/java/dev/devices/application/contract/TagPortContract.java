package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.device.Device;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Tags: names unique per organization ignoring case; a device's set is replaced as a whole. */
public abstract class TagPortContract extends PortContract {

    @Test
    void namesAreUniquePerOrganizationIgnoringCase() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Tag tag = tx(() -> ports().tags().createTag(org.id(), "Fleet", "#fff"));
        assertThat(tag.orgId()).isEqualTo(org.id());
        assertThatThrownBy(() -> tx(() -> ports().tags().createTag(org.id(), "FLEET", null))).isInstanceOf(Conflict.class);
        assertThat(tx(() -> ports().tags().createTag(other.id(), "Fleet", null)).orgId()).isEqualTo(other.id());
    }

    @Test
    void tagsAreListedByOrganizationsAndLoadedById() {
        Organization a = newOrganization();
        Organization b = newOrganization();
        Tag t1 = tx(() -> ports().tags().createTag(a.id(), "one", null));
        Tag t2 = tx(() -> ports().tags().createTag(b.id(), "two", "#123456"));
        tx(() -> ports().tags().createTag(newOrganization().id(), "three", null));
        assertThat(tx(() -> ports().tags().listTags(List.of(a.id(), b.id())))).containsExactly(t1, t2);
        assertThat(tx(() -> ports().tags().loadTags(List.of(t2.id(), Integer.MAX_VALUE)))).containsExactly(t2);
    }

    @Test
    void aDevicesTagsAreReplacedAsAWhole() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Tagged");
        Tag x = tx(() -> ports().tags().createTag(org.id(), "x", null));
        Tag y = tx(() -> ports().tags().createTag(org.id(), "y", null));
        txRun(() -> ports().tags().replaceDeviceTags(device.id(), List.of(y.id(), x.id())));
        assertThat(tx(() -> ports().tags().deviceTags(device.id()))).containsExactly(x, y);
        txRun(() -> ports().tags().replaceDeviceTags(device.id(), List.of(y.id())));
        assertThat(tx(() -> ports().tags().deviceTags(device.id()))).containsExactly(y);
        txRun(() -> ports().tags().replaceDeviceTags(device.id(), List.of()));
        assertThat(tx(() -> ports().tags().deviceTags(device.id()))).isEmpty();
    }

    @Test
    void replacementsOfOneDevicesTagsAtOnceLeaveOneWholeSet() throws Exception {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "Contended");
        List<Integer> first = List.of(tx(() -> ports().tags().createTag(org.id(), "a", null)).id(),
                tx(() -> ports().tags().createTag(org.id(), "b", null)).id());
        List<Integer> second = List.of(tx(() -> ports().tags().createTag(org.id(), "c", null)).id());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                List<Integer> set = i % 2 == 0 ? first : second;
                writes.add(pool.submit(() -> txRun(() -> ports().tags().replaceDeviceTags(device.id(), set))));
            }
            for (Future<?> write : writes) {
                write.get(); // none fails
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> onDevice = tx(() -> ports().tags().deviceTags(device.id())).stream().map(Tag::id).toList();
        assertThat(List.of(first, second)).contains(onDevice);
    }
}
