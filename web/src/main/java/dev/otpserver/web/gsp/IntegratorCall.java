package dev.otpserver.web.gsp;

import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.json.JsonDocuments;
import jakarta.json.JsonObject;

/**
 * A payment-integrator request once opened: who sent it, the bytes it signed, and how the answer must be
 * wrapped (JOSE as it came, base64url around the JWE if it came so, or plain JSON in the development mode).
 * The bytes are read as JSON only once the caller is known, so that even that refusal is sealed to it.
 */
record IntegratorCall(Caller caller, byte[] json, Wrapping wrapping) {

    enum Wrapping { JOSE, BASE64URL_JOSE, PLAIN }

    JsonObject body() {
        try {
            return JsonDocuments.object(json);
        } catch (IllegalArgumentException unreadable) {
            throw new GspException(ErrorResponseCode.INVALID_DECRYPTED_REQUEST, unreadable.getMessage());
        }
    }
}
