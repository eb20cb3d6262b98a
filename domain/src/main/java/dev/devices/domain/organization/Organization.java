package dev.devices.domain.organization;

/**
 * A node of the organization tree. {@code parentId} is null only for the root.
 * {@code lastModifiedTs} is epoch milliseconds.
 */
public record Organization(int id, String name, String description, Integer parentId, String tz,
                           long lastModifiedTs, OrgPath path) {

    public boolean isAncestorOrSelfOf(Organization other) {
        return path.contains(other.path);
    }
}
