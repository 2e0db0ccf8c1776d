package dev.otpserver.web.fallback;

import dev.otpserver.web.admin.Problem;
import dev.otpserver.web.gateway.EndpointStatus;
import dev.otpserver.web.gsp.IntegratorExceptionMapper;
import dev.otpserver.web.gsp.IntegratorPaths;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no dialect mapped: the JAX-RS runtime's own refusals keep their status with a JSON problem,
 * and an unexpected failure is logged once, with its stack trace and a correlation id, and answered 500
 * without either (an {@link Error} too). Behind the signed gateway, its response filter turns any of these into the
 * family's envelope. A request of the payment-integrator dialect is handed to that dialect's one mapping.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Inject
    IntegratorPaths integratorPaths;

    @Inject
    IntegratorExceptionMapper integrator;

    @Override
    public Response toResponse(Throwable exception) {
        if (integratorPaths.covers(request)) {
            return integrator.answer(exception, request);
        }
        if (exception instanceof WebApplicationException expected) {
            Response.StatusType status = expected.getResponse().getStatusInfo();
            return new Problem(status.getStatusCode(), status.getReasonPhrase()).toResponse();
        }
        if (exception instanceof ProcessingException
                || exception instanceof JsonbException
                || exception instanceof JsonException
                || parserLimit(exception)) {
            return new Problem(400, "The body is not valid JSON of the expected shape.").toResponse();
        }
        // Payara reports a caller without the role as AccessLocalException, WildFly as EJBAccessException
        if (exception instanceof EJBAccessException || exception instanceof AccessLocalException) {
            return new Problem(403, "Forbidden").toResponse();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
        Response problem = new Problem(500, "Internal error; correlation id " + correlationId).toResponse();
        return Response.fromResponse(problem)
                .header(EndpointStatus.CORRELATION_HEADER, correlationId)
                .build();
    }

    /** Parsson refuses JSON nested deeper than its limit with a bare RuntimeException of its own. */
    private static boolean parserLimit(Throwable exception) {
        StackTraceElement[] where = exception.getStackTrace();
        return exception.getClass() == RuntimeException.class
                && where.length > 0
                && where[0].getClassName().startsWith("org.eclipse.parsson.");
    }
}
