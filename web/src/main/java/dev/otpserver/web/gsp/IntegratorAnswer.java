package dev.otpserver.web.gsp;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.JoseEnvelope;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.web.gsp.IntegratorCall.Wrapping;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * An answer of the dialect as JSON, its {@code responseHeader} first: a use case's answer, or an
 * {@code ErrorResponse}. {@link JoseBodyWriter} and the error page put it on the wire with {@link #wire}.
 */
public record IntegratorAnswer(JsonObject json) {

    /** The bytes on the wire and their media type. */
    record Wire(String mediaType, byte[] bytes) {}

    static IntegratorAnswer of(JsonObject answer, Clock clock) {
        JsonObjectBuilder json = withHeader(clock);
        answer.forEach(json::add);
        return new IntegratorAnswer(json.build());
    }

    /** An ErrorResponse; no code for a server failure, which carries the identifier its log line has instead. */
    static IntegratorAnswer error(
            Optional<ErrorResponseCode> code, String description, Optional<String> identifier, Clock clock) {
        JsonObjectBuilder json = withHeader(clock);
        code.ifPresent(known -> json.add("errorResponseCode", known.name()));
        json.add("errorDescription", description);
        identifier.ifPresent(id -> json.add("paymentIntegratorErrorIdentifier", id));
        return new IntegratorAnswer(json.build());
    }

    /**
     * Signed and encrypted to the caller once it is known (and not in the plain development mode), base64url around
     * the JWE if the request came so; plain JSON before the caller is known, since it cannot be sealed to anyone.
     */
    Wire wire(Optional<IntegratorCall> call, JWK signingKey) {
        byte[] plain = json.toString().getBytes(StandardCharsets.UTF_8);
        Optional<JWK> recipient = call.flatMap(IntegratorCall::answerKey);
        if (recipient.isEmpty()) {
            return new Wire(IntegratorMediaType.JSON_UTF8, plain);
        }
        String sealed = JoseEnvelope.seal(plain, signingKey, recipient.get());
        String body = call.get().wrapping() == Wrapping.BASE64URL_JOSE
                ? Base64URL.encode(sealed).toString()
                : sealed;
        return new Wire(IntegratorMediaType.JOSE_UTF8, body.getBytes(StandardCharsets.US_ASCII));
    }

    private static JsonObjectBuilder withHeader(Clock clock) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add(
                        "responseHeader",
                        JsonDocuments.json()
                                .createObjectBuilder()
                                .add("responseTimestamp", Long.toString(clock.millis())));
    }
}
