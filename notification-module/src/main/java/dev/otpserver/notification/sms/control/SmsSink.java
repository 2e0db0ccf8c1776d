package dev.otpserver.notification.sms.control;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.notification.delivery.control.DeliveryFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * The development SMS gateway ({@code sink}): appends each SMS as a JSON line to a file instead of sending it, so
 * that a developer (or a test) reads the code where it was delivered. The embedded default uses it.
 */
public final class SmsSink implements SmsGateway {

    private final Path file;
    private final Clock clock;

    public SmsSink(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "sink";
    }

    @Override
    public synchronized String send(SmsSubmission sms) throws DeliveryFailure {
        String line = JsonDocuments.json()
                        .createObjectBuilder()
                        .add("messageId", sms.messageId())
                        .add("to", sms.destination())
                        .add("text", sms.text().text())
                        .add("encoding", sms.text().encoding().name())
                        .add("segments", sms.text().segments())
                        .add("sentAt", clock.instant().toString())
                        .build()
                + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "sink-" + sms.messageId();
        } catch (IOException e) {
            throw new DeliveryFailure("Cannot write to the SMS sink file", false, e);
        }
    }
}
