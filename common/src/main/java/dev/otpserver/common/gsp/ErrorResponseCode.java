package dev.otpserver.common.gsp;

/**
 * The payment-integrator dialect's error categories (Google Standard Payments {@code ErrorResponseCode}), each
 * with the HTTP status its documentation advises. Business declines are not errors: they travel as HTTP 200
 * with a {@code result}.
 */
public enum ErrorResponseCode {
    INVALID_API_VERSION(400),
    INVALID_PAYLOAD_SIGNATURE(401),
    INVALID_PAYLOAD_ENCRYPTION(400),
    REQUEST_TIMESTAMP_OUT_OF_RANGE(400),
    INVALID_IDENTIFIER(404),
    IDEMPOTENCY_VIOLATION(412),
    INVALID_FIELD_VALUE(400),
    MISSING_REQUIRED_FIELD(400),
    PRECONDITION_VIOLATION(400),
    USER_ACTION_IN_PROGRESS(423),
    INVALID_DECRYPTED_REQUEST(400),
    FORBIDDEN(403);

    private final int httpStatus;

    ErrorResponseCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
