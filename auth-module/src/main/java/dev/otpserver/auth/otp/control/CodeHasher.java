package dev.otpserver.auth.otp.control;

import dev.otpserver.common.secret.KeyedHash;
import dev.otpserver.common.secret.Peppers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The only form in which a code is kept: HMAC-SHA256 with the server pepper in use, bound to its challenge so
 * that equal codes of two challenges hash differently, and kept with the pepper's version, so that a code
 * issued before a rotation of the pepper still verifies. Compared in constant time.
 */
@ApplicationScoped
public class CodeHasher {

    @Inject
    Peppers peppers;

    public KeyedHash hash(String challengeId, String code) {
        return peppers.hash("otp-code", challengeId, code);
    }

    public boolean matches(String challengeId, String candidate, KeyedHash stored) {
        byte[] expected = stored.hex().getBytes(StandardCharsets.US_ASCII);
        byte[] actual = peppers.hash(stored.pepperVersion(), "otp-code", challengeId, candidate)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
