package dev.otpserver.notification.sms.control;

import dev.otpserver.notification.delivery.control.GatewayAttempt;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries the selected gateways in their configured order: a transient failure moves on to the next, an acceptance
 * or a refused number ends it, and a gateway whose circuit is open is skipped (and recorded as skipped).
 */
public final class Failover implements AutoCloseable {

    private final Map<SmsGateway, CircuitBreaker> gateways = new LinkedHashMap<>();

    public Failover(List<SmsGateway> selected, int failuresToOpen, Duration coolDown, Clock clock) {
        selected.forEach(gateway -> gateways.put(gateway, new CircuitBreaker(failuresToOpen, coolDown, clock)));
    }

    /** Every gateway tried or skipped, in order; never empty while a gateway is selected. */
    public List<GatewayAttempt> send(SmsSubmission sms) {
        List<GatewayAttempt> attempts = new ArrayList<>();
        for (Map.Entry<SmsGateway, CircuitBreaker> entry : gateways.entrySet()) {
            SmsGateway gateway = entry.getKey();
            CircuitBreaker circuit = entry.getValue();
            if (!circuit.allowsCall()) {
                attempts.add(GatewayAttempt.skipped(gateway.id(), "circuit open after repeated failures"));
                continue;
            }
            GatewayAttempt attempt = GatewayAttempt.timed(gateway.id(), () -> gateway.send(sms))
                    .withText(sms.text().encoding().name(), sms.text().segments());
            attempts.add(attempt);
            if (attempt.outcome() == GatewayAttempt.Outcome.TRANSIENT) {
                circuit.failed();
            } else {
                circuit.succeeded();
                break;
            }
        }
        return attempts;
    }

    public CircuitBreaker.State circuitOf(String gatewayId) {
        return gateways.entrySet().stream()
                .filter(entry -> entry.getKey().id().equals(gatewayId))
                .findFirst()
                .map(entry -> entry.getValue().state())
                .orElseThrow(() -> new IllegalArgumentException("No gateway " + gatewayId));
    }

    /** Each selected gateway's circuit, in the configured order. */
    public Map<String, CircuitBreaker.State> circuits() {
        Map<String, CircuitBreaker.State> circuits = new LinkedHashMap<>();
        gateways.forEach((gateway, circuit) -> circuits.put(gateway.id(), circuit.state()));
        return circuits;
    }

    public void start() {
        gateways.keySet().forEach(SmsGateway::start);
    }

    @Override
    public void close() {
        gateways.keySet().forEach(SmsGateway::close);
    }
}
