package dev.otpserver.auth.threeds.boundary;

import dev.otpserver.common.result.Result;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer to createChallenge: on SUCCESS the request id, where the passcode went ({@code PARTNER} or
 * {@code SMS}) and when it expires (13-digit epoch millis).
 */
@JsonbPropertyOrder({"result", "challengeRequestId", "passcodeDelivery", "challengeExpiryTime"})
public record CreateChallengeResponse(
        Result result, String challengeRequestId, String passcodeDelivery, String challengeExpiryTime) {}
