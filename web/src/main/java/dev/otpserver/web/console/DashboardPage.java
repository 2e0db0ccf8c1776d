package dev.otpserver.web.console;

import dev.otpserver.auth.lookup.boundary.CodeStatistics;
import dev.otpserver.notification.delivery.boundary.DeliveryStatistics;
import dev.otpserver.notification.sms.boundary.GatewayCircuits;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: codes per dialect, delivery per channel and per SMS gateway (with its circuit), the backlogs,
 * for the last hour and the last day. The page reloads its figures every few seconds.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CodeStatistics codes;

    @Inject
    DeliveryStatistics delivery;

    @Inject
    GatewayCircuits circuits;

    @Inject
    Clock clock;

    private Instant now;
    private List<Window> windows;
    private Map<String, Long> backlogs;
    private List<Map<String, String>> circuitStates;

    public List<Window> getWindows() {
        if (windows == null) {
            now = clock.instant();
            windows = List.of(window("Last hour", Duration.ofHours(1)), window("Last day", Duration.ofDays(1)));
        }
        return windows;
    }

    public Map<String, Long> getBacklogs() {
        if (backlogs == null) {
            backlogs = delivery.backlogs();
        }
        return backlogs;
    }

    /** Each SMS gateway ("gateway") with its circuit ("state"). */
    public List<Map<String, String>> getCircuits() {
        if (circuitStates == null) {
            try {
                circuitStates = circuits.states().entrySet().stream()
                        .map(entry -> Map.of("gateway", entry.getKey(), "state", entry.getValue()))
                        .toList();
            } catch (EJBException unavailable) {
                circuitStates = List.of(
                        Map.of("gateway", "(the SMS channel did not open: see the server log)", "state", "OPEN"));
            }
        }
        return circuitStates;
    }

    public String getNow() {
        return (now == null ? clock.instant() : now).toString();
    }

    private Window window(String label, Duration length) {
        Instant since = now.minus(length);
        return new Window(
                label,
                Views.list(codes.since(since)),
                Views.list(delivery.channels(since)),
                Views.list(delivery.gateways(since)));
    }

    /** One period's figures, as maps for the page. */
    public static final class Window {
        private final String label;
        private final List<Map<String, Object>> codes;
        private final List<Map<String, Object>> channels;
        private final List<Map<String, Object>> gateways;

        Window(
                String label,
                List<Map<String, Object>> codes,
                List<Map<String, Object>> channels,
                List<Map<String, Object>> gateways) {
            this.label = label;
            this.codes = codes;
            this.channels = channels;
            this.gateways = gateways;
        }

        public String getLabel() {
            return label;
        }

        public List<Map<String, Object>> getCodes() {
            return codes;
        }

        public List<Map<String, Object>> getChannels() {
            return channels;
        }

        public List<Map<String, Object>> getGateways() {
            return gateways;
        }

        /** The largest figure of the period, so that every bar of its charts has the same scale. */
        public long getScale() {
            long max = 1;
            for (List<Map<String, Object>> rows : List.of(codes, channels, gateways)) {
                for (Map<String, Object> row : rows) {
                    for (Object value : row.values()) {
                        if (value instanceof Long number) {
                            max = Math.max(max, number);
                        }
                    }
                }
            }
            return max;
        }
    }
}
