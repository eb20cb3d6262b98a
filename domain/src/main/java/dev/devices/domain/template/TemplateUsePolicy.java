package dev.devices.domain.template;

import dev.devices.domain.access.Decision;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;

/**
 * A device may be made from a template of its own organization or of one of its ancestors; any other
 * template is, to that organization, not found.
 */
public final class TemplateUsePolicy {

    private TemplateUsePolicy() {
    }

    public static Decision canUse(Organization templateOwner, Organization deviceOrg) {
        return templateOwner.isAncestorOrSelfOf(deviceOrg) ? Decision.allow() : Decision.reject(NotFound::template);
    }
}
