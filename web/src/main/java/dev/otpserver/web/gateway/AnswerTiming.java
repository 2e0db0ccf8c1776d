package dev.otpserver.web.gateway;

import jakarta.servlet.ServletRequest;
import java.time.Duration;
import java.util.Optional;

/** When the gateway took a request, kept on the request, so that its answer's latency is measured whole. */
final class AnswerTiming {

    private static final String STARTED = AnswerTiming.class.getName();

    private AnswerTiming() {}

    static void start(ServletRequest request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    /** Empty when the gateway never took the request (the runtime refused it before). */
    static Optional<Duration> took(ServletRequest request) {
        return request.getAttribute(STARTED) instanceof Long started
                ? Optional.of(Duration.ofNanos(System.nanoTime() - started))
                : Optional.empty();
    }
}
