package dev.otpserver.common.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code Request-Time} or {@code Response-Time} header. Antom sends 13-digit epoch milliseconds,
 * WorldFirst ISO-8601 with an offset; both are accepted. The raw text is kept because it is signed
 * as it stands and must never be re-formatted.
 */
public record RequestTime(String text, Instant instant, Style style) {

    /** The two spellings of a time in this family. */
    public enum Style {
        EPOCH_MILLIS, ISO_OFFSET
    }

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{13}");

    /** Empty when the text is neither 13-digit epoch millis nor ISO-8601 with an offset ({@code Z} included). */
    public static Optional<RequestTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (EPOCH_MILLIS.matcher(trimmed).matches()) {
            return Optional.of(new RequestTime(text, Instant.ofEpochMilli(Long.parseLong(trimmed)), Style.EPOCH_MILLIS));
        }
        try {
            Instant instant = OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return Optional.of(new RequestTime(text, instant, Style.ISO_OFFSET));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    /** The same instant written in {@code style}; ISO-8601 in UTC with second precision, as WorldFirst writes it. */
    public static RequestTime of(Instant instant, Style style) {
        String text = style == Style.EPOCH_MILLIS
                ? Long.toString(instant.toEpochMilli())
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.atOffset(ZoneOffset.UTC).withNano(0)).replace("Z", "+00:00");
        return new RequestTime(text, instant, style);
    }
}
