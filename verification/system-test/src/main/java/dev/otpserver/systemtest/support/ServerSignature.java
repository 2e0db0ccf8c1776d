package dev.otpserver.systemtest.support;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.PublicKey;

/**
 * Checks a gateway answer's signature as the family's SDKs do: over {@code <method> <path>\n<client-id>.
 * <response-time>.<body>}, the body as received (decompressed, if it came compressed), with the server's public key
 * of the keyVersion the header names (the key file's, or one rotated through the admin API).
 */
public final class ServerSignature {

    private static volatile PublicKey serverKey;

    private ServerSignature() {}

    public static boolean verifies(
            String method, String path, String clientId, String responseTime, String signatureHeader, byte[] body) {
        SignatureHeader signature = SignatureHeader.parse(signatureHeader).orElse(null);
        if (signature == null || responseTime == null) {
            return false;
        }
        byte[] signed = SigningString.of(method, path, clientId == null ? "" : clientId, responseTime, body);
        PublicKey key = signature.keyVersion().isPresent()
                ? PublishedServerKeys.of(signature.keyVersion().getAsInt()).orElse(null)
                : serverKey();
        return key != null && RsaSignatures.verify(key, signed, signature.base64Signature());
    }

    /** Read once the gateway has answered: a server may write its key only when it first signs. */
    private static PublicKey serverKey() {
        if (serverKey == null) {
            try {
                serverKey = PemKeys.publicKey(Files.readString(ServerUnderTest.serverPublicKey()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return serverKey;
    }
}
