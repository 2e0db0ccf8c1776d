package dev.otpserver.config.preference.boundary;

import dev.otpserver.common.result.Result;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The legacy response of updateOtpNotifyConfig: the result and, on success, the preference now in force. */
@JsonbPropertyOrder({"result", "status"})
public record UpdateOtpNotifyConfigResponse(Result result, String status) {}
