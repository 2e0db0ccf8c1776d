package dev.otpserver.reliability;

import com.icegreen.greenmail.util.GreenMail;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.WebhookReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message that reached a receiver, by channel and address, with when it was sent: emails in GreenMail
 * (their Date header), SMS in the server's sink file (its sentAt), partner notifications at the loopback
 * webhook (received at; one acknowledged notification per assetId).
 */
final class Deliveries {

    private final Map<String, Map<String, List<Instant>>> byChannel = new HashMap<>();

    static Deliveries collect(GreenMail mail, WebhookReceiver webhook) {
        Deliveries deliveries = new Deliveries();
        for (MimeMessage email : mail.getReceivedMessages()) {
            deliveries.add("EMAIL", recipient(email), sentDate(email));
        }
        for (String line : smsLines()) {
            JsonObject sms = Json.createReader(new StringReader(line)).readObject();
            deliveries.add("SMS", sms.getString("to"), Instant.parse(sms.getString("sentAt")));
        }
        for (WebhookReceiver.Delivery notification : webhook.deliveries()) {
            JsonObject body =
                    Json.createReader(new StringReader(notification.body())).readObject();
            deliveries.add("WEBHOOK", body.getString("assetId"), notification.receivedAt());
        }
        return deliveries;
    }

    /** When each copy of the message to this address was sent; empty if none arrived. */
    List<Instant> to(String channel, String address) {
        return byChannel.getOrDefault(channel, Map.of()).getOrDefault(address, List.of());
    }

    private void add(String channel, String address, Instant at) {
        byChannel
                .computeIfAbsent(channel, c -> new HashMap<>())
                .computeIfAbsent(address, a -> new ArrayList<>())
                .add(at);
    }

    private static List<String> smsLines() {
        try {
            return Files.exists(ServerUnderTest.smsSink()) ? Files.readAllLines(ServerUnderTest.smsSink()) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recipient(MimeMessage email) {
        try {
            return email.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** To the second (Date header); unknown counts as long ago, so such a duplicate is never excused. */
    private static Instant sentDate(MimeMessage email) {
        try {
            return email.getSentDate() == null
                    ? Instant.EPOCH
                    : email.getSentDate().toInstant();
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }
}
