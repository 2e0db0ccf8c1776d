package dev.otpserver.common.result;

import jakarta.ejb.ApplicationException;

/**
 * The one exception business code throws to answer a caller of the Ant-gateway family with a result code.
 * Thrown from an EJB it rolls the transaction back, so that a failed request leaves no state behind.
 * The message goes to the caller as {@code resultMessage}: never put a code, token or key in it.
 */
@ApplicationException(rollback = true)
public class GatewayException extends RuntimeException {

    private final ResultCode code;

    public GatewayException(ResultCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public GatewayException(ResultCode code) {
        this(code, code.defaultMessage());
    }

    public ResultCode code() {
        return code;
    }

    public Envelope toEnvelope() {
        return Envelope.of(code, getMessage());
    }
}
