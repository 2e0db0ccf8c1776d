package dev.otpserver.web.replay;

import dev.otpserver.common.signature.SigningString;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a request: SHA-256 of the bytes its client signed (method, path and query, Client-Id,
 * Request-Time, body). The signature is a function of these bytes and the key, so a replay has the same
 * digest however its Signature header is spelt, and whatever unsigned headers it changes.
 */
final class RequestDigest {

    private RequestDigest() {}

    static String of(String method, String uri, String clientId, String requestTime, byte[] body) {
        try {
            byte[] signed = SigningString.of(method, uri, clientId, requestTime, body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
