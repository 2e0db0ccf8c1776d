package dev.otpserver.web.gsp;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import dev.otpserver.auth.integrator.boundary.PaymentIntegratorOtp;
import dev.otpserver.common.gateway.GatewaySettings;
import dev.otpserver.common.gsp.CallerKeyDirectory;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.gsp.GspSettings;
import dev.otpserver.common.gsp.JoseEnvelope;
import dev.otpserver.common.gsp.ServerJoseKeys;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.DatabaseUnavailable;
import dev.otpserver.web.gsp.IntegratorCall.Wrapping;
import dev.otpserver.web.intake.IntakeRefusal;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment-integrator gateway: {@code POST <otp.gsp.base-path>/v1/sendOtp} and {@code /v1/verifyOtp}. It
 * decrypts and verifies each request (JWE around JWS, application/jose), hands the JSON to the use case, and
 * signs and encrypts the answer to the caller; it is also the dialect's one error mapping: a refusal becomes
 * an {@code ErrorResponse} with its HTTP status, anything unexpected a 500 with an error identifier and no
 * detail. A refusal before the caller is known (bad encryption or signature) cannot be encrypted to anyone
 * and goes as plain JSON. A filter rather than a JAX-RS resource because the base path is a setting.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class PaymentIntegratorGateway extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PaymentIntegratorGateway.class.getName());
    private static final String JOSE = "application/jose; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    @Inject
    GspSettings settings;

    @Inject
    GatewaySettings gatewaySettings;

    @Inject
    ServerJoseKeys serverKeys;

    @Inject
    CallerKeyDirectory callers;

    @Inject
    PaymentIntegratorOtp otp;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    private Map<String, BiFunction<Caller, JsonObject, JsonObject>> methods;
    private RequestOpener opener;
    private String prefix;

    @Override
    public void init() {
        methods = Map.of("sendOtp", otp::sendOtp, "verifyOtp", otp::verifyOtp);
        opener = new RequestOpener(serverKeys, callers, settings.plainJsonCaller());
        prefix = settings.basePath() + "/v1/";
        LOG.info(() -> "Payment-integrator API at " + prefix + " with keys " + serverKeys);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(prefix)) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        // a trailing slash names the same method, as on the signed gateway
        String method = path.substring(prefix.length()).replaceFirst("/$", "");
        answer(request, response, method);
        metrics.requestTook(
                methods.containsKey(method) ? method : "other", Duration.ofNanos(System.nanoTime() - started));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String method) throws IOException {
        IntegratorCall call = null;
        try {
            BiFunction<Caller, JsonObject, JsonObject> operation = operation(request, method);
            call = open(request);
            send(response, HttpServletResponse.SC_OK, withHeader(operation.apply(call.caller(), call.body())), call);
        } catch (GspException refused) {
            String caller = call == null
                    ? "an unknown caller"
                    : "client " + call.caller().clientId();
            LOG.info(() -> "Refused " + request.getRequestURI() + " of " + caller + ": " + refused.code() + " "
                    + refused.getMessage());
            send(
                    response,
                    refused.code().httpStatus(),
                    error(Optional.of(refused.code()), refused.getMessage(), null),
                    call);
        } catch (RuntimeException unexpected) {
            String identifier = UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    "Unexpected failure in the payment-integrator gateway, error identifier " + identifier,
                    unexpected);
            if (DatabaseUnavailable.causedBy(unexpected)) {
                send(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        error(Optional.empty(), "Temporarily unavailable; retry with the same requestId.", identifier),
                        call);
            } else {
                send(
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        error(
                                Optional.empty(),
                                "Internal error; quote the paymentIntegratorErrorIdentifier.",
                                identifier),
                        call);
            }
        }
    }

    private BiFunction<Caller, JsonObject, JsonObject> operation(HttpServletRequest request, String method) {
        BiFunction<Caller, JsonObject, JsonObject> operation = methods.get(method);
        if (operation == null) {
            String named = method.length() > 64 ? method.substring(0, 64) + "…" : method;
            throw new GspException(
                    ErrorResponseCode.INVALID_IDENTIFIER,
                    "No method " + named + " here; there are sendOtp and verifyOtp.");
        }
        if (!"POST".equals(request.getMethod())) {
            throw new GspException(ErrorResponseCode.PRECONDITION_VIOLATION, method + " takes POST only.");
        }
        return operation;
    }

    private IntegratorCall open(HttpServletRequest request) throws IOException {
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                    "Content-Encoding " + encoding.trim() + " is not supported: send the JWE uncompressed.");
        }
        Optional<IntakeRefusal> refused = IntakeRefusal.of(request);
        if (refused.isPresent()) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION, refused.get().message());
        }
        byte[] body = request.getInputStream().readNBytes(gatewaySettings.maxBodyBytes() + 1);
        if (body.length > gatewaySettings.maxBodyBytes()) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                    "The body is larger than " + gatewaySettings.maxBodyBytes() + " bytes.");
        }
        return opener.open(request.getContentType(), body);
    }

    private JsonObject withHeader(JsonObject answer) {
        JsonObjectBuilder json = JsonDocuments.json().createObjectBuilder().add("responseHeader", responseHeader());
        answer.forEach(json::add);
        return json.build();
    }

    private JsonObject error(Optional<ErrorResponseCode> code, String description, String identifier) {
        JsonObjectBuilder json = JsonDocuments.json().createObjectBuilder().add("responseHeader", responseHeader());
        code.ifPresent(known -> json.add("errorResponseCode", known.name()));
        json.add("errorDescription", description);
        if (identifier != null) {
            json.add("paymentIntegratorErrorIdentifier", identifier);
        }
        return json.build();
    }

    private JsonObject responseHeader() {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("responseTimestamp", Long.toString(clock.millis()))
                .build();
    }

    /** Sealed to the caller once it is known (and not in plain mode); plain JSON before that. */
    private void send(HttpServletResponse response, int status, JsonObject answer, IntegratorCall call)
            throws IOException {
        byte[] json = answer.toString().getBytes(StandardCharsets.UTF_8);
        Optional<JWK> recipient = call == null ? Optional.empty() : call.answerKey();
        byte[] body = json;
        if (recipient.isPresent()) {
            String sealed = JoseEnvelope.seal(json, serverKeys.signingKey(), recipient.get());
            body = (call.wrapping() == Wrapping.BASE64URL_JOSE
                            ? Base64URL.encode(sealed).toString()
                            : sealed)
                    .getBytes(StandardCharsets.US_ASCII);
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(recipient.isPresent() ? JOSE : JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
