package dev.otpserver.config.preference.boundary;

import dev.otpserver.common.result.Result;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Seed 000's response: the result and, on success only, {@code otpApiNotifyPreference}. */
@JsonbPropertyOrder({"result", "otpApiNotifyPreference"})
public record QueryOtpConfigResponse(Result result, String otpApiNotifyPreference) {}
