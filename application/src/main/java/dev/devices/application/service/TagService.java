package dev.devices.application.service;

import dev.devices.application.port.in.CreateTagUseCase;
import dev.devices.application.port.in.CreateTagUseCase.CreateTagCommand;
import dev.devices.application.port.in.ListTagsUseCase;
import dev.devices.application.port.in.SetDeviceTagsUseCase;
import dev.devices.application.port.in.SetDeviceTagsUseCase.SetDeviceTagsCommand;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.tag.Tag;
import dev.devices.domain.user.Permission;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Tags are created by an organization and usable on devices of it and its descendants. */
public final class TagService implements ListTagsUseCase, CreateTagUseCase, SetDeviceTagsUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final TagPort tags;
    private final SaveDevicePort saveDevice;
    private final OrganizationAccess access;
    private final DeviceAccess devices;

    public TagService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                      TemplatePort templates, TagPort tags, SaveDevicePort saveDevice) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.tags = tags;
        this.saveDevice = saveDevice;
        this.access = new OrganizationAccess(organizations);
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
    }

    @Override
    public List<Tag> listTags(Caller caller, Integer orgId) {
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachable(caller, orgId, NotFound::organization);
            PermissionPolicy.visibility(caller); // tags label devices: whoever sees devices sees their names
            return tags.listTags(organization.path().ids());
        });
    }

    @Override
    public Tag createTag(CreateTagCommand command) {
        return unitOfWork.inTransaction(() -> tags.createTag(
                access.reachableFor(command.caller(), null, Permission.ORG_DEVICES_EDIT).id(), command.name(), command.color()));
    }

    @Override
    public void setDeviceTags(SetDeviceTagsCommand command) {
        Set<Integer> wanted = command.tagIds();
        unitOfWork.run(() -> {
            // locked first: the configuration version then counts replacements one after the other
            Device device = devices.lock(command.caller(), command.deviceId(), DeviceAction.EDIT);
            Organization organization = organizations.loadOrganization(device.orgId()).orElseThrow();
            List<Tag> found = tags.loadTags(wanted);
            if (found.size() != wanted.size() || found.stream().anyMatch(t -> !t.usableIn(organization))) {
                throw NotFound.tag();
            }
            Set<Integer> current = tags.deviceTags(device.id()).stream().map(Tag::id).collect(Collectors.toSet());
            if (!current.equals(wanted)) {
                tags.replaceDeviceTags(device.id(), wanted);
                saveDevice.updateDevice(device.configurationChanged());
            }
        });
    }
}
