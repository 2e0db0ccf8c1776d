package dev.otpserver.common.signature;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The {@code Signature} header: {@code algorithm=RSA256, keyVersion=2, signature=<url-encoded base64>}.
 * Pairs are comma separated, with or without spaces, in any order, names in any case; a URL-encoded value
 * holds no raw comma. {@code keyVersion} may be left out: the family then takes the client's latest key.
 */
public record SignatureHeader(String algorithm, OptionalInt keyVersion, String base64Signature) {

    public static final String RSA256 = "RSA256";

    private static final Pattern ALGORITHM = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern KEY_VERSION = Pattern.compile("\\d{1,9}");

    /** Empty when the header does not have the documented shape. */
    public static Optional<SignatureHeader> parse(String header) {
        return header == null ? Optional.empty() : pairs(header).flatMap(SignatureHeader::of);
    }

    public static SignatureHeader rsa256(int keyVersion, String base64Signature) {
        return new SignatureHeader(RSA256, OptionalInt.of(keyVersion), base64Signature);
    }

    public String format() {
        return "algorithm=" + algorithm + (keyVersion.isPresent() ? ",keyVersion=" + keyVersion.getAsInt() : "")
                + ",signature=" + URLEncoder.encode(base64Signature, StandardCharsets.UTF_8);
    }

    /** Name (lower case) to value; empty when a pair has no {@code =}, an empty side, or comes twice. */
    private static Optional<Map<String, String>> pairs(String header) {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : header.split(",", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? "" : pair.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : pair.substring(equals + 1).trim();
            if (name.isEmpty() || value.isEmpty() || pairs.put(name, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(pairs);
    }

    private static Optional<SignatureHeader> of(Map<String, String> pairs) {
        String algorithm = pairs.get("algorithm");
        String keyVersion = pairs.get("keyversion");
        String signature = pairs.get("signature");
        if (algorithm == null
                || signature == null
                || !ALGORITHM.matcher(algorithm).matches()
                || keyVersion != null && !KEY_VERSION.matcher(keyVersion).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SignatureHeader(
                    algorithm,
                    keyVersion == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(keyVersion)),
                    URLDecoder.decode(signature, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
    }
}
