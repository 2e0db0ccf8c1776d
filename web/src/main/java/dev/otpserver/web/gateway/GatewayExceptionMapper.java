package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.web.intake.RequestTarget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * The Ant-gateway family's one error mapping: a result code becomes an HTTP 200 envelope, and the refusal
 * is logged once (code and message only; messages never carry a code, token or key).
 */
@Provider
public class GatewayExceptionMapper implements ExceptionMapper<GatewayException> {

    private static final Logger LOG = Logger.getLogger(GatewayExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(GatewayException exception) {
        LOG.info(() -> "Refused " + RequestTarget.uri(request) + " for client "
                + request.getHeader(GatewayHeaders.CLIENT_ID) + ": " + exception.code() + " " + exception.getMessage());
        return Response.ok(exception.toEnvelope(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
