package dev.otpserver.web.gsp;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import dev.otpserver.common.gsp.CallerKeyDirectory;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.gsp.JoseEnvelope;
import dev.otpserver.web.gsp.IntegratorCall.Wrapping;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request body into an {@link IntegratorCall}: a compact JWE (or that JWE base64url-encoded once more)
 * decrypted with the server's keys and verified against the callers' keys, or, in the development mode only,
 * plain JSON attributed to the configured client.
 */
final class RequestOpener {

    private final ServerJoseKeys serverKeys;
    private final CallerKeyDirectory callers;
    private final Optional<String> plainJsonCaller;

    RequestOpener(ServerJoseKeys serverKeys, CallerKeyDirectory callers, Optional<String> plainJsonCaller) {
        this.serverKeys = serverKeys;
        this.callers = callers;
        this.plainJsonCaller = plainJsonCaller;
    }

    IntegratorCall open(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (plainJsonCaller.isPresent() && type.startsWith("application/json")) {
            Caller caller = callers.find(plainJsonCaller.get())
                    .orElseThrow(() -> new GspException(
                            ErrorResponseCode.FORBIDDEN, "otp.gsp.plain-json-caller names no active client."));
            return new IntegratorCall(caller, body, Wrapping.PLAIN, Optional.empty());
        }
        String text = new String(body, StandardCharsets.US_ASCII).trim();
        boolean wrapped = !text.contains(".");
        JoseEnvelope.Opened<Caller> opened =
                JoseEnvelope.open(wrapped ? unwrapped(text) : text, serverKeys.decryptionKeys(), callers::signingKeys);
        JWK answerKey = callers.encryptionKey(opened.sender().clientId())
                .orElseThrow(() -> new GspException(
                        ErrorResponseCode.FORBIDDEN, "No active encryption key is registered for this caller."));
        return new IntegratorCall(
                opened.sender(),
                opened.json(),
                wrapped ? Wrapping.BASE64URL_JOSE : Wrapping.JOSE,
                Optional.of(answerKey));
    }

    private static String unwrapped(String base64url) {
        return new String(new Base64URL(base64url).decode(), StandardCharsets.US_ASCII);
    }
}
