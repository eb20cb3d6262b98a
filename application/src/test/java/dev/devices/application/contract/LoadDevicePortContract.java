package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.organization.Organization;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** A device is loaded within a reach: outside it, the device is simply not there. */
public abstract class LoadDevicePortContract extends PortContract {

    @Test
    void aDeviceIsFoundFromItsOrganizationAndItsAncestors() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        Device device = newDevice(child, newTemplate(child, "T"), "Reachable");
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(child), device.id()))).contains(device);
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(parent), device.id()))).contains(device);
    }

    @Test
    void aDeviceIsFoundByItsTokenAlone() {
        Organization org = newOrganization();
        Device device = newDevice(org, newTemplate(org, "T"), "By token");
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(device.token()))).contains(device);
        assertThat(tx(() -> ports().loadDevice().loadDeviceByToken(DeviceToken.generate(new SecureRandom())))).isEmpty();
    }

    @Test
    void notFromASiblingOrADescendant() {
        Organization parent = newOrganization();
        Organization child = newOrganization(parent);
        Organization sibling = newOrganization();
        Device device = newDevice(parent, newTemplate(parent, "T"), "Private");
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(sibling), device.id()))).isEmpty();
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(child), device.id()))).isEmpty();
        assertThat(tx(() -> ports().loadDevice().loadDevice(Reach.of(parent), Integer.MAX_VALUE))).isEmpty();
    }
}
