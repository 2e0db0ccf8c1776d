package dev.otpserver.common.signature;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Signature} header: {@code algorithm=RSA256, keyVersion=2, signature=<url-encoded base64>}.
 * Pairs are comma separated with optional spaces; the signature is taken as the rest of the header,
 * as the official SDKs do, because its URL-encoded value may contain anything but a raw comma.
 */
public record SignatureHeader(String algorithm, int keyVersion, String base64Signature) {

    public static final String RSA256 = "RSA256";

    private static final Pattern SHAPE = Pattern.compile(
            "\\s*algorithm\\s*=\\s*([A-Za-z0-9]+)\\s*,\\s*keyVersion\\s*=\\s*(\\d{1,9})\\s*,\\s*signature\\s*=\\s*(\\S+)\\s*");

    /** Empty when the header does not have the documented shape. */
    public static Optional<SignatureHeader> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(header);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            String signature = URLDecoder.decode(matcher.group(3), StandardCharsets.UTF_8);
            return Optional.of(new SignatureHeader(matcher.group(1), Integer.parseInt(matcher.group(2)), signature));
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
    }

    public static SignatureHeader rsa256(int keyVersion, String base64Signature) {
        return new SignatureHeader(RSA256, keyVersion, base64Signature);
    }

    public String format() {
        return "algorithm=" + algorithm + ",keyVersion=" + keyVersion
                + ",signature=" + URLEncoder.encode(base64Signature, StandardCharsets.UTF_8);
    }
}
