package dev.otpserver.web.gsp;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.web.gsp.IntegratorExceptionMapper.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The container's error page for a request of the dialect. A failure the JAX-RS runtime does not map (an
 * {@link Error}, or one thrown while an answer is written), or a refusal of the container itself, ends in the
 * container's error dispatch; it is answered here as the dialect answers everything: an {@code ErrorResponse} mapped
 * by {@link IntegratorExceptionMapper}, sealed to the caller once it is known.
 */
@ApplicationScoped
public class IntegratorErrorPage {

    @Inject
    IntegratorPaths paths;

    @Inject
    IntegratorExceptionMapper errors;

    @Inject
    ServerJoseKeys serverKeys;

    @Inject
    OtpMetrics metrics;

    /** False, and nothing written, when the failed request was not one of the dialect's. */
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String failedUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedUri == null) {
            return false;
        }
        String path = failedUri.substring(request.getContextPath().length());
        if (!paths.covers(path)) {
            return false;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Optional<IntegratorExchange> exchange = IntegratorExchange.of(request);
        Optional<IntegratorCall> call = exchange.flatMap(IntegratorExchange::call);
        Failure failure =
                errors.of((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), status, path, call);
        IntegratorAnswer.Wire wire = failure.answer().wire(call, serverKeys.signingKey());
        response.resetBuffer();
        response.setStatus(failure.status());
        response.setContentType(wire.mediaType());
        response.setContentLength(wire.bytes().length);
        response.getOutputStream().write(wire.bytes());
        exchange.ifPresent(taken -> metrics.requestTook(taken.operation(), taken.took()));
        return true;
    }
}
