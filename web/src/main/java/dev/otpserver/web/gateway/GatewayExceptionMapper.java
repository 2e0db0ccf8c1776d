package dev.otpserver.web.gateway;

import dev.otpserver.common.result.GatewayException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The Ant-gateway family's one error mapping: a result code becomes an HTTP 200 envelope. */
@Provider
public class GatewayExceptionMapper implements ExceptionMapper<GatewayException> {

    @Override
    public Response toResponse(GatewayException exception) {
        return Response.ok(exception.toEnvelope(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
