package dev.otpserver.auth.otp.control;

import dev.otpserver.common.secret.Pepper;
import java.util.Locale;

/**
 * Whose codes they are, for the budget of wrong codes: an end user (wallet, payment integrator by
 * associationId), or a phone number known only by its keyed hash (payment integrator by phone number, 3DS
 * cardholder), whichever dialect sent the code.
 */
public record CodeHolder(Kind kind, String id) {

    public enum Kind {
        USER,
        PHONE
    }

    public static CodeHolder user(String userId) {
        return new CodeHolder(Kind.USER, userId);
    }

    /** {@code phoneHash} as {@link #phoneHash} makes it. */
    public static CodeHolder phone(String phoneHash) {
        return new CodeHolder(Kind.PHONE, phoneHash);
    }

    /** The keyed hash under which a phone number is kept: send limits and wrong codes count by it. */
    public static String phoneHash(Pepper pepper, String e164) {
        return pepper.hash("phone", e164);
    }

    /** The holder as the wrong codes are kept: {@code user:<id>} or {@code phone:<hash>}. */
    public String key() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    @Override
    public String toString() {
        return kind == Kind.USER ? key() : "phone:…";
    }
}
