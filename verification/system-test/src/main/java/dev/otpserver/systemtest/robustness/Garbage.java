package dev.otpserver.systemtest.robustness;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** Malformed content for the fuzz test, drawn from a seeded {@link Random} so that a run can be repeated. */
final class Garbage {

    /**
     * JSON values that are not strings and hold none but other values either: the gateway takes arrays and
     * objects of strings anywhere (StrictJsonBody), so these are refused whatever field they are in.
     */
    static final List<String> NOT_STRINGS = List.of(
            "1",
            "-1.5e300",
            "1e999999999",
            "true",
            "false",
            "null",
            "[1]",
            "[null]",
            "{\"a\":1}",
            "{\"a\":[true]}",
            "12345678901234567890123456789");

    private Garbage() {}

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    static byte[] bytes(Random random, int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    static String base64(Random random, int maxBytes) {
        byte[] bytes = bytes(random, maxBytes);
        return random.nextBoolean()
                ? Base64.getEncoder().encodeToString(bytes)
                : Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String printable(Random random, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            text.append((char) (33 + random.nextInt(94)));
        }
        return text.toString();
    }

    /** Bytes that are no header value a client should send: non-ASCII text, raw high bytes, control characters. */
    static byte[] strangeHeaderValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "clé-ünïcödé-日本語-🔑".getBytes(StandardCharsets.UTF_8);
            case 1 -> new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80, 'a', (byte) 0xc3, '('};
            case 2 -> new byte[] {'a', 0x01, 'b', 0x7f, 'c'};
            default -> ("x" + "\t".repeat(3) + "y").getBytes(StandardCharsets.US_ASCII);
        };
    }

    /**
     * A body that is not one JSON object whatever charset a server decodes it with (the invalid bytes sit
     * outside any string), or one that is over the size limit: never a body a use case could accept.
     */
    static byte[] notAJsonObject(Random random, String validJson) {
        return switch (random.nextInt(12)) {
            case 0 -> utf8(validJson.substring(0, random.nextInt(validJson.length() - 1)));
            case 1 -> concat(new byte[] {(byte) 0xff, (byte) 0xfe}, utf8(validJson));
            case 2 -> concat(new byte[] {'{', (byte) 0xc3, '(', ' '}, utf8(validJson.substring(1)));
            case 3 -> concat(new byte[] {'{', 0, ' '}, utf8(validJson.substring(1)));
            case 4 ->
                utf8(pick(
                        random, List.of("[]", "\"x\"", "1", "null", "true", "[" + validJson + "]", "", " ", "\u0000")));
            case 5 -> utf8(validJson + pick(random, List.of("x", "{}", ",", validJson)));
            case 6 -> utf8(deep(false, 500 + random.nextInt(50_000)));
            case 7 -> utf8(huge(65_537 + random.nextInt(40_000)));
            case 8 -> bytes(random, 2_000);
            case 9 -> utf8(base64(random, 600));
            case 10 -> utf8("{/* comment */" + validJson.substring(1));
            default -> utf8("{'single':'quotes'}");
        };
    }

    /** The object with one field's value replaced by something that is not a string (or a new such field). */
    static String wrongType(Random random, JsonObject valid) {
        List<String> keys = List.copyOf(valid.keySet());
        String key = keys.isEmpty() || random.nextInt(5) == 0 ? "x" + random.nextInt(100) : pick(random, keys);
        String value = pick(random, NOT_STRINGS);
        if ("tradeAmount".equals(key)) {
            value = random.nextBoolean() ? "{\"currency\":\"USD\",\"value\":1000}" : "\"10 USD\"";
        }
        return withField(valid, key, value);
    }

    static String withField(JsonObject valid, String key, String rawValue) {
        StringBuilder json = new StringBuilder("{");
        valid.forEach((name, value) -> {
            if (!name.equals(key)) {
                json.append(jakarta.json.Json.createValue(name))
                        .append(':')
                        .append(value)
                        .append(',');
            }
        });
        return json.append(jakarta.json.Json.createValue(key))
                .append(':')
                .append(rawValue)
                .append('}')
                .toString();
    }

    static String deep(boolean objects, int depth) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    static String huge(int size) {
        return "{\"a\":\"" + "x".repeat(Math.max(0, size - 8)) + "\"}";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
