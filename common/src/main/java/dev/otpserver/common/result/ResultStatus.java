package dev.otpserver.common.result;

/** The {@code resultStatus} of the Ant-gateway family: success, final failure, or unknown (the caller may retry). */
public enum ResultStatus {
    S,
    F,
    U
}
