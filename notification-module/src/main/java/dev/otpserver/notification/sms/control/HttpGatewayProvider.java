package dev.otpserver.notification.sms.control;

import jakarta.enterprise.context.ApplicationScoped;

/** Opens the generic HTTP gateway, id {@code http}, from {@code otp.notification.sms.http.*}. */
@ApplicationScoped
public class HttpGatewayProvider implements SmsGatewayProvider {

    @Override
    public String id() {
        return "http";
    }

    @Override
    public SmsGateway open(SettingsSource settings) {
        return new HttpSmsGateway(HttpGatewaySettings.from(settings));
    }
}
