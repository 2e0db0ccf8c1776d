package dev.otpserver.auth.user.control;

import dev.otpserver.common.secret.Pepper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;

/** Makes wallet tokens and the keyed hash under which they are stored and found. */
@ApplicationScoped
public class WalletTokens {

    private final SecureRandom random = new SecureRandom();

    @Inject
    Pepper pepper;

    /** 256 random bits, URL-safe. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String token) {
        return pepper.hash("wallet-token", token);
    }
}
