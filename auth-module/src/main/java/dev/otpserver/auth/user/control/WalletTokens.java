package dev.otpserver.auth.user.control;

import dev.otpserver.common.secret.KeyedHash;
import dev.otpserver.common.secret.Peppers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Makes wallet tokens and the keyed hash under which they are stored and found: a new token is hashed with the
 * pepper in use; a token is found under whichever pepper hashed it, so tokens outlive a rotation of the pepper.
 */
@ApplicationScoped
public class WalletTokens {

    private static final String PURPOSE = "wallet-token";

    private final SecureRandom random = new SecureRandom();

    @Inject
    Peppers peppers;

    /** 256 random bits, URL-safe. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash to store a new token under. */
    public KeyedHash hash(String token) {
        return peppers.hash(PURPOSE, token);
    }

    /** Every hash the token may be stored under, one per pepper version, newest first. */
    public List<String> storedHashes(String token) {
        return peppers.hashesUnderEveryVersion(PURPOSE, token).stream()
                .map(KeyedHash::hex)
                .toList();
    }
}
