package dev.otpserver.common.secret;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server pepper: a 256-bit secret that keys every stored hash of a code or token (HMAC-SHA256), so that
 * a copy of the database alone reveals neither. From the server's secret store or a mounted file ({@link ServerSecrets}).
 */
public final class Pepper {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final String fingerprint;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    Pepper(byte[] secret) {
        this.key = new SecretKeySpec(secret, HMAC);
        this.fingerprint = SecretFingerprint.of(SecretSetting.PEPPER.name(), secret);
    }

    /** The pepper in {@code file}, made there when absent (development tools and tests). */
    public static Pepper loadOrCreate(Path file) {
        return new Pepper(SecretBytes.loadOrCreate(file, SecretSetting.PEPPER));
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Hex HMAC-SHA256 of {@code parts}, each length-prefixed so that no two inputs run together. */
    public String hash(String... parts) {
        Mac mac = macs.get();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(bytes);
        }
        // doFinal leaves the Mac keyed and reset for the thread's next hash
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** A Mac keyed once per thread: looking the algorithm up and keying it cost more than hashing a few strings. */
    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Pepper[hidden]";
    }
}
