package dev.otpserver.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the codes the server delivered to its SMS sink (one JSON line per SMS), by phone number. */
final class SmsCodes {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

    private final Path sink;

    SmsCodes(Path sink) {
        this.sink = sink;
    }

    /** The codes sent to these phones, waiting until every one has arrived (the outbox may still be at work). */
    Map<String, String> await(Collection<String> phones, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            Map<String, String> codes = codesByPhone();
            long missing =
                    phones.stream().filter(phone -> !codes.containsKey(phone)).count();
            if (missing == 0) {
                return codes;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        missing + " of " + phones.size() + " codes not delivered within " + within);
            }
            pause();
        }
    }

    private Map<String, String> codesByPhone() {
        Map<String, String> codes = new HashMap<>();
        for (String line : lines()) {
            JsonObject sms = Json.createReader(new StringReader(line)).readObject();
            Matcher code = CODE.matcher(sms.getString("text"));
            if (code.find()) {
                codes.put(sms.getString("to"), code.group(1));
            }
        }
        return codes;
    }

    private List<String> lines() {
        try {
            return Files.exists(sink) ? Files.readAllLines(sink) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
