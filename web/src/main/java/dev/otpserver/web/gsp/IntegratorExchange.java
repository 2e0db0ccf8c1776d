package dev.otpserver.web.gsp;

import jakarta.servlet.ServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * One request of the dialect, kept on the servlet request from the door on: when it came, which operation its path
 * names (for the latency metric), and the call once its body is opened, so that every answer after that, an error
 * too, is sealed to the caller. It outlives JAX-RS into the container's error dispatch.
 */
final class IntegratorExchange {

    private static final String ATTRIBUTE = IntegratorExchange.class.getName();

    private final long started = System.nanoTime();
    private final String operation;
    private volatile IntegratorCall call;

    private IntegratorExchange(String operation) {
        this.operation = operation;
    }

    static IntegratorExchange start(ServletRequest request, String operation) {
        IntegratorExchange exchange = new IntegratorExchange(operation);
        request.setAttribute(ATTRIBUTE, exchange);
        return exchange;
    }

    /** Empty when the door never took the request (another path, or refused before JAX-RS). */
    static Optional<IntegratorExchange> of(ServletRequest request) {
        return Optional.ofNullable((IntegratorExchange) request.getAttribute(ATTRIBUTE));
    }

    void opened(IntegratorCall opened) {
        call = opened;
    }

    Optional<IntegratorCall> call() {
        return Optional.ofNullable(call);
    }

    String operation() {
        return operation;
    }

    Duration took() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
