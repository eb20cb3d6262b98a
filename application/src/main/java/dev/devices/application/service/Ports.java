package dev.devices.application.service;

import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UserPort;

/** The persistence ports the device use cases share, handed over as one bundle by the wiring. */
public record Ports(OrganizationTreePort organizations, LoadDevicePort loadDevice, SaveDevicePort saveDevice,
                    DeviceQueryPort deviceQuery, DeviceDataPort deviceData, TemplatePort templates,
                    TimelinePort timeline, UserPort users, TagPort tags, ActionLogPort actionLog) {
}
