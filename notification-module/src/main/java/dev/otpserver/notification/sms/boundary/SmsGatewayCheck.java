package dev.otpserver.notification.sms.boundary;

import dev.otpserver.notification.sms.control.SmsChannel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Opens the selected SMS gateways at deployment, so that a misconfigured one stops the deployment with a message
 * naming the configuration key, rather than failing the first SMS. Unselected gateways are never read.
 */
@Singleton
@Startup
public class SmsGatewayCheck {

    @Inject
    SmsChannel channel;

    @PostConstruct
    void openSelectedGateways() {
        channel.open();
    }
}
