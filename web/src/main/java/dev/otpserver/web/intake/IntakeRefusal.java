package dev.otpserver.web.intake;

import dev.otpserver.common.json.JsonDocuments;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Why the intake did not take a body: too large or too slow. A dialect that answers its own refusals (the signed
 * gateway, the payment-integrator API) finds it on the request and answers in its own way; elsewhere the intake
 * answers with a JSON problem and {@link #httpStatus()}.
 */
public record IntakeRefusal(int httpStatus, String message) {

    private static final String ATTRIBUTE = IntakeRefusal.class.getName();

    static IntakeRefusal tooLarge(long maxBytes) {
        return new IntakeRefusal(413, "The request body is larger than " + maxBytes + " bytes.");
    }

    static IntakeRefusal tooSlow(long seconds) {
        return new IntakeRefusal(408, "The request body did not arrive within " + seconds + " s.");
    }

    /** The container never began the pass that was to go on with the body (see BodyReader's dispatch). */
    static IntakeRefusal notGoneOn() {
        return new IntakeRefusal(503, "The server could not go on with this request; send it again.");
    }

    /** The refusal of this request's body, if the intake refused it. */
    public static Optional<IntakeRefusal> of(ServletRequest request) {
        return Optional.ofNullable((IntakeRefusal) request.getAttribute(ATTRIBUTE));
    }

    void attachTo(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The answer of the admin API and of the paths outside the dialects (see admin.Problem). */
    void answer(HttpServletResponse response) throws IOException {
        byte[] body = JsonDocuments.json()
                .createObjectBuilder()
                .add("status", httpStatus)
                .add("message", message)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(httpStatus);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
