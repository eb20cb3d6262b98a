package dev.devices.application.service;

import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.Template;
import java.util.Optional;

/**
 * Loads a device within the caller's reach for an action, and its template. Outside the reach, or
 * not viewable by the caller: Blynk's device 404; viewable but not allowed: 403.
 */
final class DeviceAccess {

    private final LoadDevicePort devices;
    private final TemplatePort templates;
    private final OrganizationAccess organizations;

    DeviceAccess(OrganizationTreePort organizations, LoadDevicePort devices, TemplatePort templates) {
        this.devices = devices;
        this.templates = templates;
        this.organizations = new OrganizationAccess(organizations);
    }

    Device load(Caller caller, int deviceId, DeviceAction action) {
        return load(reachOf(caller), caller, deviceId, action);
    }

    /** As {@link #load(Caller, int, DeviceAction)}, for a use case that needs the caller's reach too. */
    Device load(Reach reach, Caller caller, int deviceId, DeviceAction action) {
        return allowed(devices.loadDevice(reach, deviceId), caller, deviceId, action);
    }

    /** As {@link #load(Caller, int, DeviceAction)}, the device locked until the unit of work ends. */
    Device lock(Caller caller, int deviceId, DeviceAction action) {
        return allowed(devices.lockDevice(reachOf(caller), deviceId), caller, deviceId, action);
    }

    private static Device allowed(Optional<Device> found, Caller caller, int deviceId, DeviceAction action) {
        Device device = found.orElseThrow(() -> NotFound.device(deviceId));
        PermissionPolicy.canAct(caller, action, device).orThrow();
        return device;
    }

    /** What the caller reaches: its organization's subtree. */
    Reach reachOf(Caller caller) {
        return organizations.reachOf(caller);
    }

    Template templateOf(Device device) {
        return templateOf(templates, device);
    }

    /** A device's template; every device has one (a foreign key keeps it). */
    static Template templateOf(TemplatePort templates, Device device) {
        return templates.loadTemplate(device.templateId())
                .orElseThrow(() -> new IllegalStateException("device " + device.id() + " has no template"));
    }
}
