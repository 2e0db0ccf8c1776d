package dev.otpserver.common.otpnotify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What seed 003's notification tells a partner about one 3DS challenge. Optional fields are left out of
 * the body when empty.
 *
 * @param partnerClientId the partner that receives it, under its own Client-Id
 * @param customerId      the managed customer whose card it is, or empty for the partner's own account
 * @param passcode        the live passcode: never log it
 * @param amount          currency (ISO-4217) and value in minor units, both as the wire has them
 */
public record OtpNotice(
        String partnerClientId,
        String customerId,
        String assetId,
        String cardNoLast4,
        Optional<String> merchantName,
        String passcode,
        Optional<String> cardBrand,
        Optional<String> message,
        Optional<Amount> amount,
        Instant challengeTime,
        Instant challengeExpiryTime) {

    public OtpNotice {
        Objects.requireNonNull(partnerClientId);
        Objects.requireNonNull(passcode);
        Objects.requireNonNull(challengeExpiryTime);
    }

    /** An amount in the family's shape: {@code {"currency":"USD","value":"1000"}}. */
    public record Amount(String currency, String value) {}

    @Override
    public String toString() {
        return "OtpNotice[to " + partnerClientId + " for asset " + assetId + "]";
    }
}
