package dev.devices.domain.organization;

import java.util.Objects;

/**
 * Where an organization stands in the tree: the ids from the root down to itself, written
 * {@code /1/5/12/}. An organization's subtree is every path that starts with its own, which lets a
 * database answer "is X under Y" with one indexed prefix match.
 */
public final class OrgPath {

    private final String value;

    private OrgPath(String value) {
        this.value = value;
    }

    public static OrgPath root(int orgId) {
        return new OrgPath("/" + orgId + "/");
    }

    public static OrgPath of(String value) {
        if (value == null || !value.matches("(/\\d+)+/")) {
            throw new IllegalArgumentException("not an organization path: " + value);
        }
        return new OrgPath(value);
    }

    public OrgPath child(int orgId) {
        return new OrgPath(value + orgId + "/");
    }

    /** True when {@code other} is this organization or one of its descendants. */
    public boolean contains(OrgPath other) {
        return other.value.startsWith(value);
    }

    /** The ids from the root down to this organization itself. */
    public java.util.List<Integer> ids() {
        return java.util.Arrays.stream(value.substring(1).split("/")).map(Integer::valueOf).toList();
    }

    /** How many levels from the root down to this organization: the root is 1. */
    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count() - 1;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgPath p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
