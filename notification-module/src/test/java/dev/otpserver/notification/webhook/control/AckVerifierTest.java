package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.notification.webhook.control.Verdict.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AckVerifierTest {

    private static final String PATH = "/wf/notify/otp";
    private static final String CLIENT = "5Y60382Z2Y4S00000";
    private static final String TIME = "2024-10-18T00:00:01+08:00";
    private static final KeyPair PARTNER = rsa();
    private static final KeyPair STRANGER = rsa();
    private static final Map<Integer, PublicKey> KEYS = Map.of(1, PARTNER.getPublic());

    @Test
    void signedSuccessIsAnAcknowledgement() {
        assertEquals(Outcome.ACKED, judge(signed(200, ack("S"), PARTNER.getPrivate())));
    }

    @Test
    void signedFailureStopsForManualAction() {
        assertEquals(Outcome.REFUSED, judge(signed(200, ack("F"), PARTNER.getPrivate())));
    }

    @Test
    void signedUnknownIsRetried() {
        assertEquals(Outcome.RETRY, judge(signed(200, ack("U"), PARTNER.getPrivate())));
    }

    @Test
    void unsignedSuccessIsRetried() {
        assertEquals(Outcome.RETRY, judge(new PartnerAnswer(200, null, null, null, bytes(ack("S")))));
    }

    @Test
    void unsignedFailureDoesNotStopTheDeliveries() {
        assertEquals(Outcome.RETRY, judge(new PartnerAnswer(200, CLIENT, TIME, null, bytes(ack("F")))));
    }

    @Test
    void successSignedWithAnotherKeyIsRetried() {
        assertEquals(Outcome.RETRY, judge(signed(200, ack("S"), STRANGER.getPrivate())));
    }

    @Test
    void bodyChangedAfterSigningIsRetried() {
        PartnerAnswer signed = signed(200, ack("F"), PARTNER.getPrivate());
        PartnerAnswer tampered =
                new PartnerAnswer(200, signed.clientId(), signed.responseTime(), signed.signature(), bytes(ack("S")));
        assertEquals(Outcome.RETRY, judge(tampered));
    }

    @Test
    void signedSuccessWithAnotherStatusThan200IsRetried() {
        assertEquals(Outcome.RETRY, judge(signed(500, ack("S"), PARTNER.getPrivate())));
        assertEquals(Outcome.RETRY, judge(signed(202, ack("S"), PARTNER.getPrivate())));
    }

    @Test
    void signedBodyThatIsNoAckIsRetried() {
        assertEquals(Outcome.RETRY, judge(signed(200, "not json", PARTNER.getPrivate())));
        assertEquals(Outcome.RETRY, judge(signed(200, "{\"result\":\"S\"}", PARTNER.getPrivate())));
        assertEquals(Outcome.RETRY, judge(signed(200, "{}", PARTNER.getPrivate())));
    }

    @Test
    void unknownKeyVersionIsRetried() {
        PartnerAnswer signed = signed(200, ack("S"), PARTNER.getPrivate());
        assertEquals(
                Outcome.RETRY,
                AckVerifier.judge(signed, PATH, CLIENT, Map.of(2, PARTNER.getPublic()))
                        .outcome());
    }

    @Test
    void signatureWithoutKeyVersionIsCheckedWithTheLatestKey() {
        PartnerAnswer signed = signed(200, ack("S"), PARTNER.getPrivate());
        String withoutVersion = signed.signature().replace(",keyVersion=1", "");
        PartnerAnswer answer = new PartnerAnswer(200, CLIENT, TIME, withoutVersion, signed.body());

        Map<Integer, PublicKey> rotated = Map.of(1, STRANGER.getPublic(), 2, PARTNER.getPublic());

        assertEquals(
                Outcome.ACKED, AckVerifier.judge(answer, PATH, CLIENT, rotated).outcome());
    }

    private static Outcome judge(PartnerAnswer answer) {
        return AckVerifier.judge(answer, PATH, CLIENT, KEYS).outcome();
    }

    private static PartnerAnswer signed(int status, String body, PrivateKey key) {
        byte[] signed = SigningString.of("POST", PATH, CLIENT, TIME, bytes(body));
        String signature =
                SignatureHeader.rsa256(1, RsaSignatures.sign(key, signed)).format();
        return new PartnerAnswer(status, CLIENT, TIME, signature, bytes(body));
    }

    private static String ack(String status) {
        String code = switch (status) {
            case "S" -> "SUCCESS";
            case "F" -> "PROCESS_FAIL";
            default -> "UNKNOWN_EXCEPTION";
        };
        return "{\"result\":{\"resultCode\":\"" + code + "\",\"resultStatus\":\"" + status
                + "\",\"resultMessage\":\"x\"}}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
