package dev.otpserver.systemtest.support;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP server the application delivers to: GreenMail on the port the server's mail session names. */
public final class MailInbox {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

    private MailInbox() {}

    public static GreenMailExtension smtp() {
        return new GreenMailExtension(
                        new ServerSetup(ServerUnderTest.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** The mails that reached {@code address}, waiting up to ten seconds for at least {@code count}. */
    public static List<MimeMessage> mailsTo(GreenMailOperations smtp, String address, int count) {
        return mailsTo(smtp, address, count, Duration.ofSeconds(10));
    }

    /** The mails that reached {@code address}, waiting up to {@code within} for at least {@code count}. */
    public static List<MimeMessage> mailsTo(GreenMailOperations smtp, String address, int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail -> sentTo(mail, address))
                    .toList();
            if (mails.size() >= count || Instant.now().isAfter(deadline)) {
                return mails;
            }
            pause();
        }
    }

    /** The one code in the text part of the mail. */
    public static String codeIn(MimeMessage mail) {
        Matcher matcher = CODE.matcher(part(mail, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("No code in the mail");
        }
        return matcher.group(1);
    }

    /** The text of the part of the given type ({@code text/plain} or {@code text/html}). */
    public static String part(MimeMessage mail, String type) {
        try {
            Multipart multipart = (Multipart) mail.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("No " + type + " part in the mail");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
