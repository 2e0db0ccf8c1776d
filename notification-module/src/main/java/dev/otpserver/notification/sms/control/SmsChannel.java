package dev.otpserver.notification.sms.control;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.notification.delivery.control.ChannelSender;
import dev.otpserver.notification.delivery.control.GatewayAttempt;
import dev.otpserver.notification.delivery.control.OutgoingMessage;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** The SMS channel of the outbox: the selected gateways with failover, opened once at deployment. */
@ApplicationScoped
public class SmsChannel implements ChannelSender {

    @Inject
    @Any
    Instance<SmsGatewayProvider> providers;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private Failover failover;

    /** Opens and starts the selected gateways; a misconfigured one throws {@link GatewayMisconfigured}. */
    public synchronized void open() {
        if (failover == null) {
            failover = GatewaySelection.open(SettingsSource.of(config), providers, clock);
            failover.start();
        }
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public List<GatewayAttempt> send(OutgoingMessage message) {
        open();
        return failover.send(new SmsSubmission(
                message.messageId(),
                message.clientId(),
                message.destination(),
                SmsText.of(message.rendered().text())));
    }

    /** Each selected SMS gateway's circuit state (CLOSED, OPEN, HALF_OPEN), in the configured order. */
    public synchronized Map<String, String> circuits() {
        open();
        Map<String, String> circuits = new LinkedHashMap<>();
        failover.circuits().forEach((gateway, state) -> circuits.put(gateway, state.name()));
        return circuits;
    }

    @PreDestroy
    synchronized void close() {
        if (failover != null) {
            failover.close();
        }
    }
}
