package dev.otpserver.auth.wallet.boundary;

import dev.otpserver.common.result.Result;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Seed 001's response; {@code isPassed} is a string, as every value of this family. */
@JsonbPropertyOrder({"result", "isPassed"})
public record VerifyAuthenticationResponse(Result result, String isPassed) {}
