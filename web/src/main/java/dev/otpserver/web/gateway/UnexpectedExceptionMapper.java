package dev.otpserver.web.gateway;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs an unexpected failure once, with its stack trace and a correlation id, and answers a bare 500
 * that each dialect's boundary turns into its own error: never a stack trace or an HTML page.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException expected) {
            return Response.status(expected.getResponse().getStatus()).build();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
        return Response.serverError().header(EndpointStatus.CORRELATION_HEADER, correlationId).build();
    }
}
