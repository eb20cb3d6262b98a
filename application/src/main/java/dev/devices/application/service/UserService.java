package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.in.CreateUserUseCase;
import dev.devices.application.port.in.DeleteUserUseCase;
import dev.devices.application.port.in.ListUsersUseCase;
import dev.devices.application.port.out.CallerChangesPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.PasswordHasher;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.NewUser;
import dev.devices.domain.user.Permission;
import dev.devices.domain.user.User;

/** Listing, creating and deleting users of organizations the caller reaches. */
public final class UserService implements ListUsersUseCase, CreateUserUseCase, DeleteUserUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationAccess access;
    private final UserPort users;
    private final PasswordHasher hasher;
    private final CallerChangesPort callerChanges;

    public UserService(UnitOfWork unitOfWork, OrganizationTreePort organizations, UserPort users,
                       PasswordHasher hasher, CallerChangesPort callerChanges) {
        this.unitOfWork = unitOfWork;
        this.access = new OrganizationAccess(organizations);
        this.users = users;
        this.hasher = hasher;
        this.callerChanges = callerChanges;
    }

    @Override
    public Page<User> listUsers(Caller caller, Integer orgId, PageRequest page) {
        return unitOfWork.inTransaction(() -> users.listUsers(access.reachableFor(caller, orgId, Permission.ORG_VIEW_USERS).id(), page));
    }

    @Override
    public User createUser(CreateUserCommand command) {
        // hashing is deliberately slow: do it before the transaction opens
        String passwordHash = command.password() == null ? null : hasher.hash(command.password());
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachableFor(command.caller(), command.orgId(), Permission.ORG_MANAGE_USERS);
            if (users.findUserByEmail(command.email()).isPresent()) {
                throw new Conflict("User with this email already exists.");
            }
            return users.createUser(new NewUser(organization.id(), command.email(), command.name().strip(), command.role(),
                    command.status(), passwordHash));
        });
    }

    @Override
    public void deleteUser(Caller caller, long userId) {
        unitOfWork.run(() -> {
            User user = users.loadUser(userId).orElseThrow(NotFound::user);
            access.reachable(caller, user.orgId(), NotFound::user);
            PermissionPolicy.requires(caller, Permission.ORG_MANAGE_USERS).orThrow();
            users.deleteUser(userId);
        });
        callerChanges.callersChanged();
    }
}
