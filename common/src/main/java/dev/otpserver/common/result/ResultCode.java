package dev.otpserver.common.result;

import static dev.otpserver.common.result.ResultStatus.F;
import static dev.otpserver.common.result.ResultStatus.S;
import static dev.otpserver.common.result.ResultStatus.U;

/**
 * Result codes of the Ant-gateway family (WorldFirst {@code /amsin}, Antom/Alipay {@code /ams}), each with
 * its status and default message. The family spells a few codes two ways (CLIENT_INVALID / INVALID_CLIENT,
 * SIGNATURE_INVALID / INVALID_SIGNATURE, API_INVALID / INVALID_API); both spellings are here so that
 * callers and receivers understand either, and the gateway emits the one the seeds use.
 */
public enum ResultCode {
    SUCCESS(S, "success"),
    UNKNOWN_EXCEPTION(U, "API failed due to unknown reason."),
    REQUEST_TRAFFIC_EXCEED_LIMIT(U, "The request traffic exceeds the limit."),
    SYSTEM_ERROR(F, "System error."),
    PROCESS_FAIL(F, "A general business failure occurred. Do not retry."),
    PARAM_ILLEGAL(F, "Illegal parameters exist."),
    METHOD_NOT_SUPPORTED(F, "The server does not implement the requested HTTP method."),
    MEDIA_TYPE_NOT_ACCEPTABLE(F, "The server does not implement the media type that is acceptable to the client."),
    CLIENT_INVALID(F, "The client is invalid."),
    INVALID_CLIENT(F, "The client is invalid."),
    KEY_NOT_FOUND(F, "The key is not found."),
    INVALID_SIGNATURE(F, "The signature is invalid."),
    SIGNATURE_INVALID(F, "The signature is invalid."),
    API_INVALID(F, "The API is invalid or not active."),
    INVALID_API(F, "The API is invalid or not active."),
    ACCESS_DENIED(F, "Access is denied."),
    CONTRACT_NOT_EXIST(F, "The contract check has failed."),
    ACCESS_TOKEN_EXPIRED(F, "The access token expired."),
    AUTHORIZATION_NOT_EXIST(F, "The authorization does not exist."),
    USER_NOT_EXIST(F, "The user does not exist."),
    USER_STATUS_ABNORMAL(F, "The user status is abnormal."),
    INVALID_ACCESS_TOKEN(F, "The access token is invalid."),
    SEND_TIMES_EXCEED_LIMIT(F, "Sending limit exceeds."),
    AUTHENTICATION_CHANNEL_UNAVAILABLE(F, "The user has no destination for this authentication channel."),
    REPEAT_REQ_INCONSISTENT(
            F, "The request is inconsistent with an earlier one under the same authenticationRequestId."),
    VERIFY_UNMATCHED(F, "The verification code is invalid."),
    VERIFY_TIMES_EXCEED_LIMIT(
            F, "The verification code was failed too many times. The user must get a new verification."),
    AUTHENTICATION_REQUEST_ID_INVALID(F, "The value of authenticationRequestId is invalid.");

    private final ResultStatus status;
    private final String defaultMessage;

    ResultCode(ResultStatus status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public ResultStatus status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
