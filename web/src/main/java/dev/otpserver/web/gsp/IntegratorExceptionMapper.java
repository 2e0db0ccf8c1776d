package dev.otpserver.web.gsp;

import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.persistence.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dialect's one error mapping: a refusal ({@link GspException}, also where the runtime wrapped it, as RESTEasy
 * does one thrown by a reader) becomes an {@code ErrorResponse} with its HTTP status; the runtime's own refusals
 * become the dialect's (no such method: INVALID_IDENTIFIER, not POST: PRECONDITION_VIOLATION); anything unexpected
 * is logged once with an error identifier and answered 500 with that identifier and no detail, or 503 when the
 * database is away. Failures other than refusals reach it through the fallback's mapper (web.fallback), and those
 * outside JAX-RS through the error page ({@link IntegratorErrorPage}); the answer is sealed like any other
 * ({@link JoseBodyWriter}).
 */
@Provider
@ApplicationScoped
public class IntegratorExceptionMapper implements ExceptionMapper<GspException> {

    private static final Logger LOG = Logger.getLogger(IntegratorExceptionMapper.class.getName());

    /** An error answer and its HTTP status. */
    record Failure(int status, IntegratorAnswer answer) {}

    @Context
    HttpServletRequest servlet;

    @Inject
    IntegratorPaths paths;

    @Inject
    Clock clock;

    @Override
    public Response toResponse(GspException refused) {
        return answer(refused, servlet);
    }

    /** Any failure of {@code request}, one of the dialect's. */
    public Response answer(Throwable failure, HttpServletRequest request) {
        int status = failure instanceof WebApplicationException runtime
                ? runtime.getResponse().getStatus()
                : Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();
        Failure mapped = of(
                failure,
                status,
                IntegratorPaths.of(request),
                IntegratorExchange.of(request).flatMap(IntegratorExchange::call));
        return Response.status(mapped.status())
                .entity(mapped.answer())
                .type(IntegratorMediaType.JOSE)
                .build();
    }

    /** {@code failure} (null where the container gives none) of a request to {@code path} that ended with {@code status}. */
    Failure of(Throwable failure, int status, String path, Optional<IntegratorCall> call) {
        Optional<GspException> refusal = refusal(failure);
        if (refusal.isPresent()) {
            GspException refused = refusal.get();
            LOG.info(() -> "Refused " + path + " of "
                    + call.map(known -> "client " + known.caller().clientId()).orElse("an unknown caller")
                    + ": " + refused.code() + " " + refused.getMessage());
            return refused(refused.code(), refused.getMessage());
        }
        return switch (status) {
            case 404 ->
                refused(
                        ErrorResponseCode.INVALID_IDENTIFIER,
                        "No method " + named(path) + " here; there are sendOtp and verifyOtp.");
            case 405 -> refused(ErrorResponseCode.PRECONDITION_VIOLATION, named(path) + " takes POST only.");
            default ->
                status < 500
                        ? refused(
                                ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION, "The request is not one this API reads.")
                        : unexpected(failure);
        };
    }

    private Failure refused(ErrorResponseCode code, String description) {
        return new Failure(
                code.httpStatus(), IntegratorAnswer.error(Optional.of(code), description, Optional.empty(), clock));
    }

    private Failure unexpected(Throwable failure) {
        String identifier = UUID.randomUUID().toString();
        LOG.log(
                Level.SEVERE,
                "Unexpected failure in the payment-integrator API, error identifier " + identifier,
                failure);
        boolean away = failure != null && DatabaseUnavailable.causedBy(failure);
        return new Failure(
                away ? 503 : 500,
                IntegratorAnswer.error(
                        Optional.empty(),
                        away
                                ? "Temporarily unavailable; retry with the same requestId."
                                : "Internal error; quote the paymentIntegratorErrorIdentifier.",
                        Optional.of(identifier),
                        clock));
    }

    private String named(String path) {
        String method = paths.covers(path) ? paths.operation(path) : path;
        return method.length() > 64 ? method.substring(0, 64) + "…" : method;
    }

    private static Optional<GspException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof GspException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
