package dev.otpserver.auth.threeds.control;

import dev.otpserver.common.otpnotify.OtpNotice.Amount;
import java.util.Optional;

/** A checked createChallenge request of one caller, with the fingerprint of its body. Holds no passcode. */
public record PasscodeIssue(
        String clientId,
        String requestId,
        String fingerprint,
        String partnerClientId,
        String customerId,
        String assetId,
        String cardNoLast4,
        Optional<String> cardBrand,
        Optional<String> merchantName,
        Optional<Amount> tradeAmount,
        Optional<String> message,
        Optional<String> cardholderPhone,
        String locale) {

    @Override
    public String toString() {
        return "PasscodeIssue[" + clientId + "/" + requestId + " for partner " + partnerClientId + "]";
    }
}
