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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The signed gateway's door ({@code /ams}, {@code /amsin}): every request is verified before it is matched to an
 * endpoint, so that an unsigned request learns nothing, not even whether its path exists. A refusal is a
 * {@link GatewayException} (answered by {@link GatewayExceptionMapper}); a verified call is handed to the endpoints
 * through {@link GatewayRequest}, and a replay of one is refused here, the one place the {@link ReplayGuard} is asked.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class SignedRequestVerifier implements ContainerRequestFilter {

    @Context
    HttpServletRequest servlet;

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

    private GatewayAuthenticator authenticator;

    @PostConstruct
    void createAuthenticator() {
        authenticator = new GatewayAuthenticator(clients, clock, settings.requestTimeWindow());
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!SignedPaths.covers(servlet)) {
            return;
        }
        AnswerTiming.start(servlet);
        speakForTheGateway(request.getHeaders());
        byte[] body = readBody(request);
        AuthenticatedCall call = authenticator.authenticate(
                new IncomingCall(servlet.getMethod(), SignedExchange.of(servlet).uri(), servlet::getHeader, body));
        gatewayRequest.authenticated(call);
        replays.refuseReplay(servlet, body, call);
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /**
     * The gateway answers JSON whatever {@code Accept} says (the official SDKs send {@code text/plain,text/xml,
     * text/javascript,text/html}) and checks the caller's {@code Content-Type} itself, from the request as sent;
     * so the JAX-RS runtime sees the gateway's media types and must neither negotiate, decode nor compress.
     */
    private static void speakForTheGateway(MultivaluedMap<String, String> headers) {
        headers.putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, GatewayHeaders.JSON_UTF8);
        headers.remove(HttpHeaders.ACCEPT_ENCODING);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
    }

    /** The body the intake has read (web.intake), or the dialect's refusal of one too large or too slow. */
    private byte[] readBody(ContainerRequestContext request) throws IOException {
        Optional<IntakeRefusal> refused = IntakeRefusal.of(servlet);
        if (refused.isPresent()) {
            throw new GatewayException(PARAM_ILLEGAL, refused.get().message());
        }
        byte[] body = request.getEntityStream().readNBytes(settings.maxBodyBytes() + 1);
        if (body.length > settings.maxBodyBytes()) {
            throw new GatewayException(
                    PARAM_ILLEGAL, "The request body is larger than " + settings.maxBodyBytes() + " bytes.");
        }
        return body;
    }
}
