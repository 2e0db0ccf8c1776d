package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.notification.webhook.control.Verdict.Outcome;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a partner's answer as seed 003 wants it: HTTP 200 and a body signed by the partner over
 * {@code POST <path>\n<Client-Id>.<Response-Time>.<body>}, verified with its registered key. Only a signed
 * answer counts, F included, so that nobody but the partner can stop the deliveries.
 */
public final class AckVerifier {

    private AckVerifier() {}

    public static Verdict judge(
            PartnerAnswer answer, String path, String partnerClientId, Map<Integer, PublicKey> keys) {
        if (answer.status() != 200) {
            return Verdict.retry("HTTP " + answer.status());
        }
        Optional<String> unsigned = signatureProblem(answer, path, partnerClientId, keys);
        if (unsigned.isPresent()) {
            return Verdict.retry(unsigned.get());
        }
        return resultStatus(answer.body())
                .map(AckVerifier::byStatus)
                .orElseGet(() -> Verdict.retry("no result.resultStatus in the answer"));
    }

    private static Optional<String> signatureProblem(
            PartnerAnswer answer, String path, String partnerClientId, Map<Integer, PublicKey> keys) {
        if (answer.signature() == null || answer.responseTime() == null || answer.clientId() == null) {
            return Optional.of("unsigned answer");
        }
        if (!answer.clientId().equals(partnerClientId)) {
            return Optional.of("answer signed for another Client-Id");
        }
        Optional<SignatureHeader> header = SignatureHeader.parse(answer.signature());
        if (header.isEmpty() || !SignatureHeader.RSA256.equals(header.get().algorithm())) {
            return Optional.of("malformed Signature header");
        }
        // without keyVersion the family means the latest key
        int keyVersion = header.get()
                .keyVersion()
                .orElse(keys.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        PublicKey key = keys.get(keyVersion);
        if (key == null) {
            return Optional.of("no active key of version " + keyVersion);
        }
        byte[] signed = SigningString.of("POST", path, answer.clientId(), answer.responseTime(), answer.body());
        return RsaSignatures.verify(key, signed, header.get().base64Signature())
                ? Optional.empty()
                : Optional.of("bad signature");
    }

    private static Verdict byStatus(String status) {
        return switch (status) {
            case "S" -> new Verdict(Outcome.ACKED, "acknowledged (S)");
            case "F" -> new Verdict(Outcome.REFUSED, "refused (F): needs manual action");
            default -> Verdict.retry("result status " + status);
        };
    }

    private static Optional<String> resultStatus(byte[] body) {
        try {
            JsonObject json = JsonDocuments.json()
                    .createReader(new ByteArrayInputStream(body))
                    .readObject();
            return Optional.ofNullable(json.getJsonObject("result"))
                    .map(result -> result.getString("resultStatus", null));
        } catch (JsonException | ClassCastException | IllegalStateException notAnAck) {
            return Optional.empty();
        }
    }
}
