package dev.devices.domain.user;

/** What a user-scoped caller may do. ORG_* covers the organization's subtree, OWN_* only owned devices. */
public enum Permission {
    ORG_DEVICES_VIEW, OWN_DEVICES_VIEW,
    ORG_DEVICES_EDIT, OWN_DEVICES_EDIT,
    ORG_DEVICES_DELETE, OWN_DEVICES_DELETE,
    ORG_DEVICES_CREATE, OWN_DEVICES_CREATE,
    ORG_VIEW_USERS, ORG_MANAGE_USERS,
    ORG_VIEW, ORG_MANAGE,
    TEMPLATES_VIEW, TEMPLATES_MANAGE,
    OAUTH_CLIENTS_MANAGE
}
