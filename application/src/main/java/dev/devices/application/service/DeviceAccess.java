package dev.devices.application.service;

import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.Template;

/**
 * Loads a device within the caller's reach for an action, and its template. Outside the reach, or
 * not viewable by the caller: Blynk's device 404; viewable but not allowed: 403.
 */
final class DeviceAccess {

    private final Ports ports;
    private final OrganizationAccess organizations;

    DeviceAccess(Ports ports) {
        this.ports = ports;
        this.organizations = new OrganizationAccess(ports.organizations());
    }

    Device load(Caller caller, int deviceId, DeviceAction action) {
        Device device = ports.loadDevice().loadDevice(organizations.reachOf(caller), deviceId)
                .orElseThrow(() -> NotFound.device(deviceId));
        PermissionPolicy.canAct(caller, action, device).orThrow();
        return device;
    }

    /** What the caller reaches: its organization's subtree. */
    Reach reachOf(Caller caller) {
        return organizations.reachOf(caller);
    }

    Template templateOf(Device device) {
        return ports.templates().loadTemplate(device.templateId())
                .orElseThrow(() -> new IllegalStateException("device " + device.id() + " has no template"));
    }
}
