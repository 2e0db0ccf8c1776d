package dev.otpserver.notification.sms.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMS text as the network sees it: GSM7 when every character is in the default alphabet, UCS2 otherwise, cut
 * into the parts of a concatenated message when it does not fit one segment. A part never splits an escape
 * sequence or a surrogate pair, so each part decodes on its own.
 */
public record SmsText(String text, SmsEncoding encoding, List<String> parts) {

    public static SmsText of(String text) {
        SmsEncoding encoding = Gsm7.fits(text) ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
        if (units(text, encoding) <= encoding.single()) {
            return new SmsText(text, encoding, List.of(text));
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = cost(text, i, encoding);
            if (used + cost > encoding.perPart()) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
            if (cost == 2 && encoding == SmsEncoding.UCS2) {
                i++;
            }
        }
        parts.add(text.substring(start));
        return new SmsText(text, encoding, List.copyOf(parts));
    }

    public int segments() {
        return parts.size();
    }

    /** A part as the octets of {@code short_message}: unpacked septets for GSM7, UTF-16BE for UCS2. */
    public byte[] octets(String part) {
        return encoding == SmsEncoding.GSM7 ? Gsm7.encode(part) : part.getBytes(StandardCharsets.UTF_16BE);
    }

    private static int units(String text, SmsEncoding encoding) {
        return encoding == SmsEncoding.GSM7
                ? text.chars().map(c -> Gsm7.septets((char) c)).sum()
                : text.length();
    }

    /** Units the character at {@code i} takes; a UCS2 surrogate pair is taken whole. */
    private static int cost(String text, int i, SmsEncoding encoding) {
        if (encoding == SmsEncoding.GSM7) {
            return Gsm7.septets(text.charAt(i));
        }
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
    }
}
