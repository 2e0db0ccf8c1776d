package dev.otpserver.auth.otp.control;

import dev.otpserver.common.secret.Pepper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The only form in which a code is kept: HMAC-SHA256 with the server pepper, bound to its challenge so that
 * equal codes of two challenges hash differently. Compared in constant time.
 */
@ApplicationScoped
public class CodeHasher {

    @Inject
    Pepper pepper;

    public String hash(String challengeId, String code) {
        return pepper.hash("otp-code", challengeId, code);
    }

    public boolean matches(String challengeId, String candidate, String storedHash) {
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(challengeId, candidate).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
