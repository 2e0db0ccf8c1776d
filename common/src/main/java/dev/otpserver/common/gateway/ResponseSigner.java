package dev.otpserver.common.gateway;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.common.time.RequestTime;
import java.time.Clock;

/**
 * Signs a response over the exact bytes sent: {@code <METHOD> <URI>\n<Client-Id>.<Response-Time>.<body>},
 * the way the official SDKs verify it.
 */
public class ResponseSigner {

    private final CurrentSigningKey key;
    private final Clock clock;

    public ResponseSigner(CurrentSigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** The headers to send with {@code body}; {@code Response-Time} is written in {@code style}. */
    public SignedHeaders sign(String method, String uri, String clientId, RequestTime.Style style, byte[] body) {
        RequestTime responseTime = RequestTime.of(clock.instant(), style);
        byte[] signed = SigningString.of(method, uri, clientId, responseTime.text(), body);
        ServerSigningKey signing = key.get();
        String signature = RsaSignatures.sign(signing.privateKey(), signed);
        return new SignedHeaders(
                clientId,
                responseTime.text(),
                SignatureHeader.rsa256(signing.keyVersion(), signature).format());
    }

    /** {@code Client-Id}, {@code Response-Time} and {@code Signature} of a signed response. */
    public record SignedHeaders(String clientId, String responseTime, String signature) {}
}
