package dev.otpserver.auth.integrator.control;

import dev.otpserver.common.result.ResultCode;

/** verifyOtp's complete result enum (less UNKNOWN_RESULT, never sent), all with HTTP 200. */
public enum VerifyOtpResult {
    SUCCESS,
    OTP_NOT_MATCHED,
    OTP_ALREADY_USED;

    /**
     * The engine's answer to a pending or locked code in this dialect, which has no code for expiry or for
     * the attempt limit: both are OTP_NOT_MATCHED.
     */
    static VerifyOtpResult of(ResultCode engineOutcome) {
        return engineOutcome == ResultCode.SUCCESS ? SUCCESS : OTP_NOT_MATCHED;
    }
}
