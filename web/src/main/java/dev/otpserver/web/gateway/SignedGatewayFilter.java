package dev.otpserver.web.gateway;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;
import static dev.otpserver.common.result.ResultCode.UNKNOWN_EXCEPTION;

import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.gateway.GatewayAuthenticator;
import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.gateway.GatewaySettings;
import dev.otpserver.common.gateway.IncomingCall;
import dev.otpserver.common.gateway.ResponseSigner;
import dev.otpserver.common.gateway.ResponseSigner.SignedHeaders;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.result.Envelope;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.time.RequestTime;
import dev.otpserver.web.intake.IntakeRefusal;
import dev.otpserver.web.replay.ReplayGuard;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The signed partner gateway of the Ant-gateway family ({@code /ams}, {@code /amsin}). It verifies every
 * request before an endpoint sees it, answers every outcome with HTTP 200 and a {@code Result} envelope,
 * and signs the exact bytes it sends. Endpoints behind it take their caller from {@link GatewayRequest}.
 */
@WebFilter(
        urlPatterns = {"/ams/*", "/amsin/*"},
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SignedGatewayFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SignedGatewayFilter.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClientKeyDirectory clients;

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    @Inject
    ResponseSigner signer;

    @Inject
    GatewayRequest gatewayRequest;

    @Inject
    OtpMetrics metrics;

    @Inject
    ReplayGuard replays;

    private GatewayAuthenticator authenticator;

    @Override
    public void init() {
        authenticator = new GatewayAuthenticator(clients, clock, settings.requestTimeWindow());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        long started = System.nanoTime();
        byte[] answer;
        try {
            byte[] body = readBody(request);
            gatewayRequest.authenticated(authenticator.authenticate(
                    new IncomingCall(request.getMethod(), uriOf(request), request::getHeader, body)));
            replays.refuseReplay(request, body, gatewayRequest.call());
            CapturedResponse endpoint = new CapturedResponse(response);
            chain.doFilter(new VerifiedRequest(request, body), endpoint);
            answer = endpoint.getStatus() == HttpServletResponse.SC_OK
                    ? endpoint.body()
                    : json(EndpointStatus.toEnvelope(
                            endpoint.getStatus(), endpoint.getHeader(EndpointStatus.CORRELATION_HEADER)));
        } catch (GatewayException refused) {
            LOG.info(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + " from client "
                    + request.getHeader(GatewayHeaders.CLIENT_ID) + ": " + refused.code() + " " + refused.getMessage());
            answer = json(refused.toEnvelope());
        } catch (IOException | ServletException | RuntimeException unexpected) {
            answer = json(unexpected(unexpected));
        }
        send(request, response, answer);
        metrics.requestTook(Operations.of(request.getRequestURI()), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The body the intake has read (web.intake), or the dialect's refusal of one too large or too slow. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        Optional<IntakeRefusal> refused = IntakeRefusal.of(request);
        if (refused.isPresent()) {
            throw new GatewayException(PARAM_ILLEGAL, refused.get().message());
        }
        byte[] body = request.getInputStream().readNBytes(settings.maxBodyBytes() + 1);
        if (body.length > settings.maxBodyBytes()) {
            throw new GatewayException(
                    PARAM_ILLEGAL, "The request body is larger than " + settings.maxBodyBytes() + " bytes.");
        }
        return body;
    }

    private void send(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        String clientId =
                request.getHeader(GatewayHeaders.CLIENT_ID) == null ? "" : request.getHeader(GatewayHeaders.CLIENT_ID);
        SignedHeaders signed =
                signer.sign(request.getMethod(), uriOf(request), clientId, responseTimeStyle(request), body);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(GatewayHeaders.JSON_UTF8);
        response.setHeader(GatewayHeaders.ANSWER_CLIENT_ID, signed.clientId());
        response.setHeader(GatewayHeaders.ANSWER_RESPONSE_TIME, signed.responseTime());
        response.setHeader(GatewayHeaders.ANSWER_SIGNATURE, signed.signature());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** What the caller signed: the path and query string as sent, host excluded. */
    private static String uriOf(HttpServletRequest request) {
        return request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }

    /** Answer in the caller's own time format; otherwise WorldFirst ({@code /amsin}) writes ISO, Antom epoch millis. */
    private static RequestTime.Style responseTimeStyle(HttpServletRequest request) {
        return RequestTime.parse(request.getHeader(GatewayHeaders.REQUEST_TIME))
                .map(RequestTime::style)
                .orElse(
                        request.getRequestURI().startsWith("/amsin/")
                                ? RequestTime.Style.ISO_OFFSET
                                : RequestTime.Style.EPOCH_MILLIS);
    }

    private static Envelope unexpected(Exception unexpected) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure in the gateway, correlation id " + correlationId, unexpected);
        return Envelope.of(UNKNOWN_EXCEPTION, UNKNOWN_EXCEPTION.defaultMessage() + " Correlation id: " + correlationId);
    }

    private static byte[] json(Envelope envelope) {
        return JSON.toJson(envelope).getBytes(StandardCharsets.UTF_8);
    }
}
