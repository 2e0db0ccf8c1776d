package dev.otpserver.auth.wallet.boundary;

import dev.otpserver.common.result.Result;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Seed 002's response. */
@JsonbPropertyOrder({"result", "authenticationRequestId"})
public record InitAuthenticationResponse(Result result, String authenticationRequestId) {}
