package dev.otpserver.web.gateway;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.gateway.GatewayAuthenticator;
import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.gateway.GatewaySettings;
import dev.otpserver.common.gateway.IncomingCall;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.web.intake.IntakeRefusal;
import dev.otpserver.web.replay.ReplayGuard;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The door of the signed gateway ({@code /ams}, {@code /amsin}): before any path is matched, and before any other
 * filter, it verifies the request and refuses it with the family's envelope, or records the verified call in
 * {@link GatewayRequest} and lets the endpoints read the very bytes it verified. The body is in memory already
 * (web.intake); the caller's own headers are read, not those the runtime sees ({@link GatewayMediaTypes}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class RequestVerifier implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequestVerifier.class.getName());

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    @Inject
    GatewayRequest gatewayRequest;

    @Inject
    ReplayGuard replays;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        SignedExchange exchange = SignedExchange.of(servletRequest).orElse(null);
        if (exchange == null) {
            return;
        }
        request.setProperty(SignedExchange.PROPERTY, exchange);
        try {
            byte[] body = readBody(request);
            AuthenticatedCall call = new GatewayAuthenticator(clients, clock, settings.requestTimeWindow())
                    .authenticate(new IncomingCall(exchange.method(), exchange.uri(), GatewayMediaTypes.callerHeaders(servletRequest), body));
            gatewayRequest.authenticated(call);
            replays.refuseReplay(servletRequest, body, call);
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (GatewayException refused) {
            LOG.info(() -> "Refused " + exchange.method() + " " + servletRequest.getRequestURI() + " from client "
                    + servletRequest.getHeader(GatewayHeaders.CLIENT_ID) + ": " + refused.code() + " " + refused.getMessage());
            request.abortWith(Response.ok(refused.toEnvelope(), GatewayHeaders.JSON_UTF8).build());
        }
    }

    /** The body the intake has read, or the dialect's refusal of one too large or too slow. */
    private byte[] readBody(ContainerRequestContext request) throws IOException {
        IntakeRefusal.of(servletRequest).ifPresent(refused -> {
            throw new GatewayException(PARAM_ILLEGAL, refused.message());
        });
        byte[] body = request.getEntityStream().readNBytes(settings.maxBodyBytes() + 1);
        if (body.length > settings.maxBodyBytes()) {
            throw new GatewayException(PARAM_ILLEGAL, "The request body is larger than " + settings.maxBodyBytes() + " bytes.");
        }
        return body;
    }
}
