package dev.hankojakarta;

import java.io.Serializable;

/**
 * The user's primary email address as Hanko puts it into the session token's {@code email} claim.
 *
 * @param address  the address
 * @param primary  whether it is the user's primary address (Hanko only sends the primary one)
 * @param verified whether the user proved they own it
 */
public record HankoEmail(String address, boolean primary, boolean verified) implements Serializable {
}
