package dev.otpserver.notification.sms.control;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Opens the gateways listed in {@code otp.notification.sms.gateways}, in that order, and only those: a provider
 * that is not listed never reads its settings, so it may stay unconfigured.
 */
public final class GatewaySelection {

    static final String GATEWAYS = "otp.notification.sms.gateways";

    private GatewaySelection() {}

    /** Throws {@link GatewayMisconfigured} naming the key when a listed gateway is unknown or misconfigured. */
    public static Failover open(SettingsSource settings, Iterable<SmsGatewayProvider> providers, Clock clock) {
        Map<String, SmsGatewayProvider> byId = StreamSupport.stream(providers.spliterator(), false)
                .collect(Collectors.toMap(SmsGatewayProvider::id, Function.identity(), (first, second) -> first));
        // Ordered list of the SMS gateway ids tried in turn: sink (development file), http, smpp.
        List<String> ids = settings.list(GATEWAYS, "sink");
        // Transient failures in a row after which a gateway's circuit opens and it is skipped.
        int failuresToOpen = settings.number("otp.notification.sms.circuit-failures", 3, 1, 1000);
        // Seconds an open circuit skips its gateway before one trial call (half-open).
        Duration coolDown =
                Duration.ofSeconds(settings.number("otp.notification.sms.circuit-open-seconds", 30, 1, 86_400));
        if (ids.isEmpty()) {
            throw new GatewayMisconfigured(GATEWAYS, "lists no SMS gateway");
        }
        List<SmsGateway> opened = new ArrayList<>();
        try {
            for (String id : ids) {
                SmsGatewayProvider provider = byId.get(id);
                if (provider == null) {
                    throw new GatewayMisconfigured(
                            GATEWAYS, "names an unknown SMS gateway '" + id + "' (known: " + byId.keySet() + ")");
                }
                if (opened.stream().anyMatch(gateway -> gateway.id().equals(id))) {
                    throw new GatewayMisconfigured(GATEWAYS, "lists the SMS gateway '" + id + "' twice");
                }
                opened.add(provider.open(settings));
            }
        } catch (RuntimeException misconfigured) {
            opened.forEach(SmsGateway::close);
            throw misconfigured;
        }
        return new Failover(opened, failuresToOpen, coolDown, clock);
    }
}
