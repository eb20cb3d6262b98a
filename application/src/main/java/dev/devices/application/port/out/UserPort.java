package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.NewUser;
import dev.devices.domain.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users. Emails are unique ignoring case across the whole service. */
public interface UserPort {

    Optional<User> loadUser(long userId);

    List<User> loadUsers(Collection<Long> userIds);

    Optional<User> findUserByEmail(Email email);

    /** Throws {@link dev.devices.domain.error.Conflict} when the email is taken. */
    User createUser(NewUser user);

    /**
     * Deletes the user: devices it owned stay, without an owner (their version moves on); its refresh
     * tokens go. False when there was no such user.
     */
    boolean deleteUser(long userId);

    /** Stores a new hash of the user's password, if its stored hash is still {@code oldHash} (else nothing). */
    void replacePasswordHash(long userId, String oldHash, String newHash);

    /** Users of one organization, by id ascending. */
    Page<User> listUsers(int orgId, PageRequest page);
}
