package dev.otpserver.notification.sms.control;

import dev.otpserver.common.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Opens the development sink, gateway id {@code sink}. */
@ApplicationScoped
public class SinkProvider implements SmsGatewayProvider {

    @Inject
    Clock clock;

    @Override
    public String id() {
        return "sink";
    }

    @Override
    public SmsGateway open(SettingsSource settings) {
        // JSON-lines file the SMS sink writes to. Default: ~/.otp-server/sms-sink.jsonl
        return new SmsSink(
                ServerSecrets.pathOr(settings.optional("otp.notification.sms.sink-file"), "sms-sink.jsonl"), clock);
    }
}
