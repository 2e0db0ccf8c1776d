package dev.otpserver.systemtest.support;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the server's development SMS gateway delivers: one JSON line per SMS. */
public final class SmsSink {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

    private SmsSink() {}

    /** The texts sent to {@code phone}, waiting up to ten seconds for at least {@code count}. */
    public static List<String> textsTo(String phone, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<String> texts = lines().stream()
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .filter(sms -> sms.getString("to").equals(phone))
                    .map(sms -> sms.getString("text"))
                    .toList();
            if (texts.size() >= count || Instant.now().isAfter(deadline)) {
                return texts;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs {@code send}, which texts {@code phone} one code, and returns that code. */
    public static String codeOfNextText(String phone, Runnable send) {
        int before = textsTo(phone, 0).size();
        send.run();
        List<String> texts = textsTo(phone, before + 1);
        if (texts.size() <= before) {
            throw new AssertionError("No new text to the phone within ten seconds");
        }
        return codeIn(texts.get(before));
    }

    public static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No code in the SMS");
        }
        return matcher.group(1);
    }

    private static List<String> lines() {
        try {
            return Files.exists(ServerUnderTest.smsSink()) ? Files.readAllLines(ServerUnderTest.smsSink()) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
