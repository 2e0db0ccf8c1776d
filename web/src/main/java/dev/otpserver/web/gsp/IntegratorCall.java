package dev.otpserver.web.gsp;

import com.nimbusds.jose.jwk.JWK;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.json.JsonDocuments;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * A payment-integrator request once opened: who sent it, the bytes it signed, how the answer must be wrapped
 * (JOSE as it came, base64url around the JWE if it came so, or plain JSON in the development mode), and the
 * caller's key that the answer is encrypted to (none in plain mode), read with the caller's other keys so that
 * answering needs no database: an error answer must go out even when the database has just gone away.
 * The bytes are read as JSON only once the caller is known, so that even that refusal is sealed to it.
 */
public record IntegratorCall(Caller caller, byte[] json, Wrapping wrapping, Optional<JWK> answerKey) {

    public enum Wrapping {
        JOSE,
        BASE64URL_JOSE,
        PLAIN
    }

    JsonObject body() {
        try {
            return JsonDocuments.object(json);
        } catch (IllegalArgumentException unreadable) {
            throw new GspException(ErrorResponseCode.INVALID_DECRYPTED_REQUEST, unreadable.getMessage());
        }
    }
}
