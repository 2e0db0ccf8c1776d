package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.MessageKind;
import dev.otpserver.notification.delivery.control.Templates;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void theDefaultOtpMessageIsOneGsm7SegmentInEnglishAndFrench() {
        Map<String, String> values = Map.of("code", "12345678", "lifetimeMinutes", "10", "clientName", "N".repeat(40));
        for (String language : new String[] {"en", "fr"}) {
            SmsText sms = SmsText.of(new Templates()
                    .render(MessageKind.OTP_CODE, DeliveryChannel.SMS, language, values)
                    .text());

            assertEquals(SmsEncoding.GSM7, sms.encoding(), language);
            assertEquals(1, sms.segments(), language);
        }
    }

    @Test
    void gsm7HoldsOneHundredSixtyCharactersThenOneHundredFiftyThreeAPart() {
        assertEquals(1, SmsText.of("a".repeat(160)).segments());
        assertEquals(2, SmsText.of("a".repeat(161)).segments());
        assertEquals(2, SmsText.of("a".repeat(306)).segments());
        assertEquals(3, SmsText.of("a".repeat(307)).segments());
        assertEquals(153, SmsText.of("a".repeat(161)).parts().get(0).length());
    }

    @Test
    void anyCharacterOutsideTheDefaultAlphabetMakesTheWholeTextUcs2OfSeventyThenSixtySevenAPart() {
        assertEquals(SmsEncoding.UCS2, SmsText.of("Code 1234 — ok").encoding());
        assertEquals(1, SmsText.of("ж".repeat(70)).segments());
        assertEquals(2, SmsText.of("ж".repeat(71)).segments());
        assertEquals(3, SmsText.of("ж".repeat(135)).segments());
    }

    @Test
    void extensionCharactersCountTwiceAndAreNeverSplitFromTheirEscape() {
        SmsText euros = SmsText.of("€".repeat(80));
        assertEquals(SmsEncoding.GSM7, euros.encoding());
        assertEquals(1, SmsText.of("€".repeat(80)).segments());
        assertEquals(2, SmsText.of("€".repeat(81)).segments());
        SmsText split = SmsText.of("a" + "€".repeat(100));
        assertEquals(1 + 76, split.parts().get(0).length(), "153 septets: one 'a' and 76 euros, the 77th does not fit");
        split.parts().forEach(part -> assertEquals(part, Gsm7.decode(Gsm7.encode(part))));
    }

    @Test
    void surrogatePairsStayWhole() {
        SmsText emoji = SmsText.of("x" + "😀".repeat(40));
        assertEquals(2, emoji.segments());
        emoji.parts().forEach(part -> assertTrue(!Character.isHighSurrogate(part.charAt(part.length() - 1)), part));
        assertEquals(emoji.text(), String.join("", emoji.parts()));
    }

    @Test
    void theDefaultAlphabetHasOneHundredTwentyEightSeptetsAndSurvivesTheRoundTrip() {
        assertEquals(128, Gsm7.BASIC.length());
        String text = "@£$¥ Hello {World} [1] ~ 20€ | ^ \\ ÄÖÑÜ§¿äöñüà";
        assertTrue(Gsm7.fits(text));
        assertEquals(text, Gsm7.decode(Gsm7.encode(text)));
    }
}
