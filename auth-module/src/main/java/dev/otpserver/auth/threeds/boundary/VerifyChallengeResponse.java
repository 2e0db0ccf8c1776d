package dev.otpserver.auth.threeds.boundary;

import dev.otpserver.common.result.Result;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer to verifyChallenge: isPassed "true" on SUCCESS, "false" on VERIFY_UNMATCHED. */
@JsonbPropertyOrder({"result", "isPassed"})
public record VerifyChallengeResponse(Result result, String isPassed) {}
