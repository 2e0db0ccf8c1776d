package dev.otpserver.common.gsp;

import jakarta.ejb.ApplicationException;

/**
 * The one exception business code throws to refuse a payment-integrator request: it becomes an
 * {@code ErrorResponse} with the code's HTTP status. Thrown from an EJB it rolls the transaction back, so a
 * refused request leaves nothing behind and its requestId may be retried. The description goes to the
 * caller's support staff: never put a code, token or key in it.
 */
@ApplicationException(rollback = true)
public class GspException extends RuntimeException {

    private final ErrorResponseCode code;

    public GspException(ErrorResponseCode code, String description) {
        super(description, null, false, false);
        this.code = code;
    }

    public ErrorResponseCode code() {
        return code;
    }

    public static GspException missing(String field) {
        return new GspException(ErrorResponseCode.MISSING_REQUIRED_FIELD, field + " is required.");
    }

    public static GspException invalid(String field, String rule) {
        return new GspException(ErrorResponseCode.INVALID_FIELD_VALUE, field + " " + rule);
    }
}
