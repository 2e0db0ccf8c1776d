package dev.otpserver.common.gateway;

import static dev.otpserver.common.gateway.GatewayHeaders.ACCESS_TOKEN;
import static dev.otpserver.common.gateway.GatewayHeaders.CLIENT_ID;
import static dev.otpserver.common.gateway.GatewayHeaders.CONNECTED_CUSTOMER_ID;
import static dev.otpserver.common.gateway.GatewayHeaders.CONTENT_ENCODING;
import static dev.otpserver.common.gateway.GatewayHeaders.CONTENT_TYPE;
import static dev.otpserver.common.gateway.GatewayHeaders.REQUEST_TIME;
import static dev.otpserver.common.gateway.GatewayHeaders.SIGNATURE;
import static dev.otpserver.common.result.ResultCode.CLIENT_INVALID;
import static dev.otpserver.common.result.ResultCode.INVALID_SIGNATURE;
import static dev.otpserver.common.result.ResultCode.KEY_NOT_FOUND;
import static dev.otpserver.common.result.ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE;
import static dev.otpserver.common.result.ResultCode.METHOD_NOT_SUPPORTED;
import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.common.time.RequestTime;
import jakarta.json.JsonObject;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a request may enter the Ant gateway: cheap checks of its form first, then who signed it.
 * Every refusal is a {@link GatewayException} with the family's code for it.
 */
public class GatewayAuthenticator {

    private final ClientKeyDirectory directory;
    private final Clock clock;
    private final Duration requestTimeWindow;

    public GatewayAuthenticator(ClientKeyDirectory directory, Clock clock, Duration requestTimeWindow) {
        this.directory = directory;
        this.clock = clock;
        this.requestTimeWindow = requestTimeWindow;
    }

    public AuthenticatedCall authenticate(IncomingCall call) {
        requirePost(call.method());
        requireJson(call.header(CONTENT_TYPE));
        requireUncompressed(call.header(CONTENT_ENCODING));
        String clientId = requireHeader(call, CLIENT_ID);
        RequestTime requestTime = requireRequestTime(call.header(REQUEST_TIME));
        SignatureHeader signature = requireSignatureHeader(call.header(SIGNATURE));
        requireFresh(requestTime);
        PartnerKeys partner = activePartner(clientId);
        int keyVersion = keyVersion(signature, partner);
        PublicKey key = partner.key(keyVersion)
                .orElseThrow(() -> new GatewayException(
                        KEY_NOT_FOUND, "No active key of version " + keyVersion + " for this client."));
        byte[] signed = SigningString.of(call.method(), call.uri(), clientId, requestTime.text(), call.body());
        if (!RsaSignatures.verify(key, signed, signature.base64Signature())) {
            throw new GatewayException(INVALID_SIGNATURE, "The signature does not match the request.");
        }
        JsonObject body = StrictJsonBody.read(call.body());
        return new AuthenticatedCall(
                clientId,
                partner.name(),
                keyVersion,
                requestTime,
                body,
                optionalHeader(call, CONNECTED_CUSTOMER_ID),
                optionalHeader(call, ACCESS_TOKEN));
    }

    private static void requirePost(String method) {
        if (!"POST".equals(method)) {
            throw new GatewayException(METHOD_NOT_SUPPORTED, "Only POST is supported, not " + method + ".");
        }
    }

    /**
     * A missing Content-Type is taken as JSON (Alipay+ does not require it). Otherwise it must be
     * {@code application/json}, in any case, with any parameters; a charset, quoted or not, must name UTF-8
     * in any of its spellings ({@code utf-8}, {@code UTF8}), since the signed bytes are UTF-8.
     */
    private static void requireJson(String contentType) {
        if (contentType != null && !jsonInUtf8(contentType)) {
            throw new GatewayException(
                    MEDIA_TYPE_NOT_ACCEPTABLE, "Content-Type must be application/json; charset=UTF-8.");
        }
    }

    private static boolean jsonInUtf8(String contentType) {
        try {
            ContentType type = new ContentType(contentType);
            String charset = type.getParameter("charset");
            return type.match("application/json") && (charset == null || utf8(charset));
        } catch (ParseException notAMediaType) {
            return false;
        }
    }

    private static boolean utf8(String charset) {
        try {
            return Charset.forName(charset.trim()).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return false;
        }
    }

    /** The signature is over the body as sent, so the gateway reads it as sent: no compression. */
    private static void requireUncompressed(String contentEncoding) {
        if (contentEncoding != null
                && !contentEncoding.isBlank()
                && !"identity".equalsIgnoreCase(contentEncoding.trim())) {
            throw new GatewayException(
                    MEDIA_TYPE_NOT_ACCEPTABLE,
                    "Content-Encoding " + contentEncoding.trim()
                            + " is not supported: send the JSON body uncompressed, as signed.");
        }
    }

    private static String requireHeader(IncomingCall call, String name) {
        String value = call.header(name);
        if (value == null || value.isBlank()) {
            throw new GatewayException(PARAM_ILLEGAL, "The " + name + " header is required.");
        }
        return value.trim();
    }

    private static Optional<String> optionalHeader(IncomingCall call, String name) {
        return Optional.ofNullable(call.header(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static RequestTime requireRequestTime(String header) {
        if (header == null || header.isBlank()) {
            throw new GatewayException(PARAM_ILLEGAL, "The Request-Time header is required.");
        }
        return RequestTime.parse(header)
                .orElseThrow(
                        () -> new GatewayException(
                                PARAM_ILLEGAL,
                                "Request-Time must be epoch milliseconds (13 digits) or nanoseconds (19), or ISO-8601 with an offset."));
    }

    private static SignatureHeader requireSignatureHeader(String header) {
        if (header == null || header.isBlank()) {
            throw new GatewayException(PARAM_ILLEGAL, "The Signature header is required.");
        }
        SignatureHeader signature = SignatureHeader.parse(header)
                .orElseThrow(
                        () -> new GatewayException(
                                PARAM_ILLEGAL,
                                "The Signature header must read algorithm=RSA256, keyVersion=<n> (optional), signature=<url-encoded base64>."));
        if (!SignatureHeader.RSA256.equals(signature.algorithm())) {
            throw new GatewayException(PARAM_ILLEGAL, "The signature algorithm must be RSA256.");
        }
        return signature;
    }

    /** The version the header names, else the client's latest active key, as the family does. */
    private static int keyVersion(SignatureHeader signature, PartnerKeys partner) {
        if (signature.keyVersion().isPresent()) {
            return signature.keyVersion().getAsInt();
        }
        return partner.latestVersion()
                .orElseThrow(() -> new GatewayException(KEY_NOT_FOUND, "No active key for this client."));
    }

    private void requireFresh(RequestTime requestTime) {
        Duration skew = Duration.between(clock.instant(), requestTime.instant()).abs();
        if (skew.compareTo(requestTimeWindow) > 0) {
            throw new GatewayException(
                    PARAM_ILLEGAL,
                    "Request-Time is more than " + requestTimeWindow.toSeconds()
                            + " seconds away from the server time.");
        }
    }

    private PartnerKeys activePartner(String clientId) {
        return directory
                .find(clientId)
                .filter(PartnerKeys::active)
                .orElseThrow(() -> new GatewayException(CLIENT_INVALID, "The client is invalid."));
    }
}
