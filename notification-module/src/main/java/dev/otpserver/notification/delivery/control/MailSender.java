package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email through the mail session that admins configure in the server console (resource {@code mail/otp}):
 * host, port, TLS and credentials are the server's business, not the application's.
 */
@ApplicationScoped
public class MailSender implements ChannelSender {

    @Resource(name = "mail/otp")
    Session session;

    /** Default sender of every email, e.g. {@code Example Bank <otp@example.com>}. */
    @Inject
    @ConfigProperty(name = "otp.notification.mail.from", defaultValue = "OTP Server <otp@localhost>")
    String defaultFrom;

    @Inject
    Config config;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public List<GatewayAttempt> send(OutgoingMessage message) {
        return List.of(GatewayAttempt.timed(
                "smtp",
                () -> send(message.messageId(), message.clientId(), message.destination(), message.rendered())));
    }

    /** Sends multipart text + HTML; the From of a client comes from {@code otp.notification.client.<id>.mail.from}. */
    private String send(String messageId, String clientId, String destination, RenderedMessage rendered)
            throws DeliveryFailure {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(senderOf(clientId)));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(destination, true));
            mail.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
            mail.setContent(alternatives(rendered));
            mail.setHeader("X-OTP-Message-Id", messageId);
            mail.saveChanges();
            Transport.send(mail);
            return mail.getMessageID();
        } catch (AddressException | SendFailedException rejected) {
            throw new DeliveryFailure("The mail server refused the address", true, rejected);
        } catch (MessagingException unreachable) {
            throw new DeliveryFailure(
                    "The mail server did not take the message: "
                            + unreachable.getClass().getSimpleName(),
                    false,
                    unreachable);
        }
    }

    private String senderOf(String clientId) {
        return Optional.ofNullable(clientId)
                .flatMap(id -> config.getOptionalValue("otp.notification.client." + id + ".mail.from", String.class))
                .orElse(defaultFrom);
    }

    private static MimeMultipart alternatives(RenderedMessage rendered) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(rendered.html(), "text/html; charset=UTF-8");
        MimeMultipart multipart = new MimeMultipart("alternative");
        multipart.addBodyPart(text);
        multipart.addBodyPart(html);
        return multipart;
    }
}
