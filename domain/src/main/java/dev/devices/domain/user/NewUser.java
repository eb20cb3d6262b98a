package dev.devices.domain.user;

/** A user about to be created; the store assigns the id. */
public record NewUser(int orgId, Email email, String name, Role role, UserStatus status, String passwordHash) {

    @Override
    public String toString() {
        return "NewUser[orgId=" + orgId + ", role=" + role + ", status=" + status + "]";
    }
}
