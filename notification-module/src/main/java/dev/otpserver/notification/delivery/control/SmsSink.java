package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development SMS gateway: appends each SMS as a JSON line to a file instead of sending it, so that a
 * developer (or a test) reads the code where it was delivered. The embedded default uses it.
 */
@ApplicationScoped
public class SmsSink implements ChannelSender {

    /** JSON-lines file the SMS sink writes to. Default: ~/.otp-server/sms-sink.jsonl */
    @Inject
    @ConfigProperty(name = "otp.notification.sms.sink-file")
    Optional<String> sinkFile;

    @Inject
    Clock clock;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public String gateway() {
        return "sms-sink";
    }

    @Override
    public synchronized String send(String messageId, String clientId, String destination, RenderedMessage rendered) throws DeliveryFailure {
        String line = Json.createObjectBuilder()
                .add("messageId", messageId)
                .add("to", destination)
                .add("text", rendered.text())
                .add("sentAt", clock.instant().toString())
                .build() + "\n";
        Path file = ServerSecrets.pathOr(sinkFile, "sms-sink.jsonl");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "sink-" + messageId;
        } catch (IOException e) {
            throw new DeliveryFailure("Cannot write to the SMS sink file", false, e);
        }
    }
}
