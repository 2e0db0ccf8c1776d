package dev.otpserver.common.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code Request-Time} or {@code Response-Time} header, in every spelling the family's SDKs send: 13-digit
 * epoch milliseconds (Java SDK, Antom), 19-digit epoch nanoseconds (Go SDK), ISO-8601 with an offset or
 * {@code Z}, with or without a fraction (WorldFirst, Python SDK), and with a colon-less offset such as
 * {@code +0800} (PHP SDK's {@code DATE_ISO8601}). The raw text is kept because it is signed as it stands and
 * must never be re-formatted.
 */
public record RequestTime(String text, Instant instant, Style style) {

    /** The spellings of a time that an answer can be written in, each the family's own. */
    public enum Style {
        EPOCH_MILLIS,
        EPOCH_NANOS,
        ISO_OFFSET
    }

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{13}");
    private static final Pattern EPOCH_NANOS = Pattern.compile("\\d{19}");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final List<DateTimeFormatter> ISO = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HHMM", "Z")
                    .toFormatter());

    /** Empty when the text is none of the spellings above (a local time without offset is ambiguous, so refused). */
    public static Optional<RequestTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (EPOCH_MILLIS.matcher(trimmed).matches()) {
            return Optional.of(
                    new RequestTime(text, Instant.ofEpochMilli(Long.parseLong(trimmed)), Style.EPOCH_MILLIS));
        }
        if (EPOCH_NANOS.matcher(trimmed).matches()) {
            return epochNanos(text, trimmed);
        }
        return ISO.stream()
                .flatMap(format -> iso(trimmed, format).stream())
                .findFirst()
                .map(instant -> new RequestTime(text, instant, Style.ISO_OFFSET));
    }

    /** The same instant written in {@code style}; ISO-8601 in UTC with second precision, as WorldFirst writes it. */
    public static RequestTime of(Instant instant, Style style) {
        String text = switch (style) {
            case EPOCH_MILLIS -> Long.toString(instant.toEpochMilli());
            case EPOCH_NANOS -> Long.toString(instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano());
            case ISO_OFFSET ->
                DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(instant.atOffset(ZoneOffset.UTC).withNano(0))
                        .replace("Z", "+00:00");
        };
        return new RequestTime(text, instant, style);
    }

    /** Nineteen digits beyond what a long holds (after 2262) are no time of this world. */
    private static Optional<RequestTime> epochNanos(String text, String digits) {
        try {
            long nanos = Long.parseLong(digits);
            Instant instant = Instant.ofEpochSecond(nanos / NANOS_PER_SECOND, nanos % NANOS_PER_SECOND);
            return Optional.of(new RequestTime(text, instant, Style.EPOCH_NANOS));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> iso(String text, DateTimeFormatter format) {
        try {
            return Optional.of(OffsetDateTime.parse(text, format).toInstant());
        } catch (DateTimeParseException notThisSpelling) {
            return Optional.empty();
        }
    }
}
