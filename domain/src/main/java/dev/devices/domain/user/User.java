package dev.devices.domain.user;

/** A person of an organization. The password is kept only as a slow salted hash, or not at all. */
public record User(long id, int orgId, Email email, String name, Role role, UserStatus status, String passwordHash) {

    public boolean isActive() {
        return status == UserStatus.Active;
    }

    /** Never prints the password hash. */
    @Override
    public String toString() {
        return "User[id=" + id + ", orgId=" + orgId + ", role=" + role + ", status=" + status + "]";
    }
}
