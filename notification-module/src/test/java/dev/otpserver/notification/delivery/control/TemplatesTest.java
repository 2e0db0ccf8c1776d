package dev.otpserver.notification.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.MessageKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void smsCarriesTheCodeAndStaysInOneSegmentForAFortyCharacterName() {
        RenderedMessage sms = templates.render(
                MessageKind.OTP_CODE,
                DeliveryChannel.SMS,
                "en",
                Map.of("code", "12345678", "lifetimeMinutes", "10", "clientName", "N".repeat(40)));

        assertTrue(sms.text().contains("12345678"));
        assertTrue(sms.text().length() <= 160, sms.text().length() + " characters");
        assertNull(sms.html());
    }

    @Test
    void emailHasSubjectTextAndHtml() {
        RenderedMessage mail = templates.render(
                MessageKind.OTP_CODE,
                DeliveryChannel.EMAIL,
                "en",
                Map.of("code", "123456", "lifetimeMinutes", "5", "clientName", "Demo Shop"));

        assertEquals("Your Demo Shop verification code", mail.subject());
        assertTrue(mail.text().contains("123456") && mail.text().contains("5 minutes"));
        assertTrue(mail.html().contains("123456"));
    }

    @Test
    void frenchUsersGetFrenchAndUnknownLanguagesFallBackToEnglish() {
        Map<String, String> values = Map.of("code", "1", "lifetimeMinutes", "5", "clientName", "X");

        assertTrue(templates
                .render(MessageKind.OTP_CODE, DeliveryChannel.SMS, "fr-CA", values)
                .text()
                .startsWith("X : votre code"));
        assertTrue(templates
                .render(MessageKind.OTP_CODE, DeliveryChannel.SMS, "sw", values)
                .text()
                .startsWith("X: your"));
        assertTrue(templates
                .render(MessageKind.OTP_CODE, DeliveryChannel.SMS, "", values)
                .text()
                .startsWith("X: your"));
    }

    @Test
    void clientNameIsEscapedInHtml() {
        RenderedMessage mail = templates.render(
                MessageKind.OTP_CODE,
                DeliveryChannel.EMAIL,
                "en",
                Map.of("code", "1", "lifetimeMinutes", "5", "clientName", "<b>Shop</b>"));

        assertTrue(mail.html().contains("&lt;b&gt;Shop&lt;/b&gt;"));
        assertTrue(mail.text().contains("<b>Shop</b>"));
    }

    @Test
    void paymentOtpSmsEndsWithTheSmsMatchingTokenAndFitsOneSegment() {
        RenderedMessage sms = templates.render(
                MessageKind.PAYMENT_OTP,
                DeliveryChannel.SMS,
                "en",
                Map.of(
                        "code",
                        "123456",
                        "lifetimeMinutes",
                        "5",
                        "clientName",
                        "N".repeat(40),
                        "smsMatchingToken",
                        "AB12345678C"));

        assertTrue(sms.text().contains("123456"));
        assertTrue(sms.text().endsWith(" AB12345678C"), sms.text());
        assertTrue(sms.text().length() <= 160, sms.text().length() + " characters");
    }
}
