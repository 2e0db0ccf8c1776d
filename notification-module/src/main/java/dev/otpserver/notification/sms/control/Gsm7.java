package dev.otpserver.notification.sms.control;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet and its extension table, unpacked: one septet per octet, the form SMPP carries
 * in {@code short_message} with data_coding 0 (the SMSC packs it for the air).
 */
public final class Gsm7 {

    /** The basic table by septet value; 0x1B is the escape to the extension table, never a character. */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final int ESCAPE = 0x1B;
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private Gsm7() {}

    /** Septets the character takes: 1 in the basic table, 2 in the extension table, 0 when the alphabet lacks it. */
    public static int septets(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION_CHARS.indexOf(c) >= 0 ? 2 : 0;
    }

    public static boolean fits(String text) {
        return text.chars().allMatch(c -> septets((char) c) > 0);
    }

    /** The text as unpacked septets; call only for text that {@link #fits}. */
    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (char c : text.toCharArray()) {
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
            } else {
                int extension = EXTENSION_CHARS.indexOf(c);
                if (extension < 0) {
                    throw new IllegalArgumentException("Not in the GSM 7-bit alphabet: U+" + Integer.toHexString(c));
                }
                out.write(ESCAPE);
                out.write(EXTENSION_CODES[extension]);
            }
        }
        return out.toByteArray();
    }

    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet == ESCAPE && i + 1 < septets.length) {
                text.append(extension(septets[++i]));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    /** An unknown extension code reads as a space, as 03.38 asks of receivers. */
    private static char extension(byte code) {
        for (int i = 0; i < EXTENSION_CODES.length; i++) {
            if (EXTENSION_CODES[i] == code) {
                return EXTENSION_CHARS.charAt(i);
            }
        }
        return ' ';
    }
}
