package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the signed gateway is HTTP 200 with a {@code Result} envelope in JSON: a status the JAX-RS runtime
 * chose (no such path, a failure the fallback mapped, a refusal of another filter) becomes the family's envelope,
 * since its callers treat anything but HTTP 200 as a transport fault. {@link SignedAnswerWriter} then signs it.
 */
@Provider
@ApplicationScoped
public class EveryAnswerAnEnvelope implements ContainerResponseFilter {

    @Context
    HttpServletRequest servlet;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!SignedPaths.covers(servlet)) {
            return;
        }
        if (response.getStatus() != Response.Status.OK.getStatusCode() || !response.hasEntity()) {
            response.setEntity(EndpointStatus.toEnvelope(
                    response.getStatus(), response.getHeaderString(EndpointStatus.CORRELATION_HEADER)));
            response.setStatus(Response.Status.OK.getStatusCode());
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, GatewayHeaders.JSON_UTF8);
    }
}
