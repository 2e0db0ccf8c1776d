package dev.otpserver.web.gateway;

import static dev.otpserver.common.result.ResultCode.INVALID_API;
import static dev.otpserver.common.result.ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE;
import static dev.otpserver.common.result.ResultCode.METHOD_NOT_SUPPORTED;
import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;
import static dev.otpserver.common.result.ResultCode.UNKNOWN_EXCEPTION;

import dev.otpserver.common.result.Envelope;

/**
 * Turns an HTTP status that the JAX-RS runtime chose (no such path, no such method, an unexpected
 * failure) into the family's envelope, since its callers treat anything but HTTP 200 as a transport fault.
 */
public final class EndpointStatus {

    /** Set by the fallback's exception mapper (web.fallback) so that the caller can quote the logged failure. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private EndpointStatus() {}

    static Envelope toEnvelope(int status, String correlationId) {
        return switch (status) {
            case 400 -> Envelope.of(PARAM_ILLEGAL, PARAM_ILLEGAL.defaultMessage());
            case 404 -> Envelope.of(INVALID_API, "No API at this path.");
            case 405 -> Envelope.of(METHOD_NOT_SUPPORTED, METHOD_NOT_SUPPORTED.defaultMessage());
            case 406, 415 -> Envelope.of(MEDIA_TYPE_NOT_ACCEPTABLE, MEDIA_TYPE_NOT_ACCEPTABLE.defaultMessage());
            default ->
                Envelope.of(
                        UNKNOWN_EXCEPTION,
                        UNKNOWN_EXCEPTION.defaultMessage()
                                + (correlationId == null ? "" : " Correlation id: " + correlationId));
        };
    }
}
