package dev.hankojakarta;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as Hanko's Admin API describes one, abridged to what applications use.
 *
 * @param id        the user id, the {@code sub} of the user's tokens
 * @param emails    the user's addresses
 * @param username  the username, where the user has one
 * @param createdAt when the user registered
 * @param updatedAt when the user last changed
 */
public record HankoUser(String id, List<HankoEmail> emails, Optional<String> username, Instant createdAt,
        Instant updatedAt) {

    public HankoUser {
        Objects.requireNonNull(id, "id");
        emails = List.copyOf(emails);
        Objects.requireNonNull(username, "username");
    }
}
