package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PepperTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aHashIsTheHmacOfTheLengthPrefixedParts() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("5:phone3:+49".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, new Pepper(SECRET).hash("phone", "+49"));
    }

    @Test
    void partsDoNotRunTogether() {
        Pepper pepper = new Pepper(SECRET);

        assertNotEquals(pepper.hash("ab", "c"), pepper.hash("a", "bc"));
    }

    @Test
    void hashesTakenOneAfterAnotherAndOnManyThreadsAtOnceAgree() throws Exception {
        Pepper pepper = new Pepper(SECRET);
        String first = pepper.hash("init", "request-1");
        assertEquals(pepper.hash("other"), pepper.hash("other"));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                hashes.add(threads.submit(() -> pepper.hash("init", "request-1")));
            }
            for (Future<String> hash : hashes) {
                assertEquals(first, hash.get());
            }
        } finally {
            threads.shutdown();
        }
    }
}
