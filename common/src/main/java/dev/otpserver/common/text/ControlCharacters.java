package dev.otpserver.common.text;

/**
 * No identifier or value the APIs take holds a control character: PostgreSQL cannot even store or compare
 * text with NUL in it, and the rest (line breaks, escapes) have no place in ids, phones or names and could
 * forge log lines.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    public static boolean in(CharSequence text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
