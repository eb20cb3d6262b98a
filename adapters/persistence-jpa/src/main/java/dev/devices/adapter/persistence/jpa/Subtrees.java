package dev.devices.adapter.persistence.jpa;

/** The JPQL condition "this row's organization lies in a subtree", the subtree given as a path prefix. */
final class Subtrees {

    private Subtrees() {
    }

    /** For a query whose positional parameter {@code parameter} is the subtree's path followed by {@code %}. */
    static String orgIn(int parameter) {
        return "orgId in (select o.id from OrganizationEntity o where o.path like ?" + parameter + ")";
    }
}
