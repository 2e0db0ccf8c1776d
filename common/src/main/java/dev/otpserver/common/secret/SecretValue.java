package dev.otpserver.common.secret;

import java.util.Base64;

/** A 256-bit secret given as Base64 text, as a secret store holds it; a bad one fails naming its key, never quoting it. */
final class SecretValue {

    static final int BYTES = 32;

    private SecretValue() {}

    static byte[] decode(SecretSetting setting, String source, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The " + setting.what() + " in " + source + " is not Base64");
        }
        if (secret.length != BYTES) {
            throw new IllegalStateException("The " + setting.what() + " in " + source + " has " + secret.length
                    + " bytes; it must have " + BYTES + " (e.g. openssl rand -base64 32)");
        }
        return secret;
    }
}
