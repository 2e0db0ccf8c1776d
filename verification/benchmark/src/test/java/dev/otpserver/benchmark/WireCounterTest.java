package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireCounterTest {

    @Test
    void anExtendedProtocolStatementIsOneRoundTripAtItsSync() {
        byte[] stream = concat(sslRequest(), startup(), parseBindExecuteSync("SELECT 1"));

        assertEquals(new WireCounts(1, 1, 1), fed(stream, stream.length));
    }

    @Test
    void aBatchSendsSeveralExecutesBeforeOneSync() {
        byte[] stream = concat(
                startup(),
                typed('P', "INSERT INTO t VALUES ($1)"),
                typed('B', "1"),
                typed('E', "...."),
                typed('B', "2"),
                typed('E', "...."),
                typed('B', "3"),
                typed('E', "...."),
                typed('S', ""));

        assertEquals(new WireCounts(1, 3, 1), fed(stream, stream.length));
    }

    @Test
    void aSimpleQueryIsARoundTripAndAStatement() {
        byte[] stream = concat(startup(), typed('Q', "BEGIN"), parseBindExecuteSync("SELECT 1"), typed('Q', "COMMIT"));

        assertEquals(new WireCounts(3, 3, 1), fed(stream, stream.length));
    }

    @Test
    void chunksOfAnySizeGiveTheSameCounts() {
        byte[] stream = concat(
                sslRequest(),
                startup(),
                parseBindExecuteSync("SELECT 'S', 'Q', 'E' FROM t WHERE x = 'SSSS'"),
                typed('Q', "COMMIT"),
                typed('X', ""));

        for (int chunk = 1; chunk <= stream.length; chunk++) {
            assertEquals(new WireCounts(2, 2, 1), fed(stream, chunk), "in chunks of " + chunk);
        }
    }

    @Test
    void messageBodiesAreSkippedHoweverLargeTheyAre() {
        byte[] stream = concat(startup(), typed('P', "x".repeat(200_000)), typed('S', ""));

        assertEquals(new WireCounts(1, 0, 1), fed(stream, 4096));
    }

    @Test
    void eachCounterOnTheSameTotalsIsAConnection() {
        WireCounter.Totals totals = new WireCounter.Totals();
        byte[] stream = concat(startup(), parseBindExecuteSync("SELECT 1"));
        new WireCounter(totals).feed(stream, 0, stream.length);
        new WireCounter(totals).feed(stream, 0, stream.length);

        assertEquals(new WireCounts(2, 2, 2), totals.read());
    }

    @Test
    void countsTravelAsOneLineAndSubtract() {
        WireCounts later = WireCounts.parse(new WireCounts(120, 300, 4).line() + "\n");

        assertEquals(new WireCounts(20, 100, 1), later.minus(new WireCounts(100, 200, 3)));
        assertThrows(IllegalArgumentException.class, () -> WireCounts.parse("12 13"));
    }

    private static WireCounts fed(byte[] stream, int chunk) {
        WireCounter.Totals totals = new WireCounter.Totals();
        WireCounter counter = new WireCounter(totals);
        for (int at = 0; at < stream.length; at += chunk) {
            counter.feed(stream, at, Math.min(chunk, stream.length - at));
        }
        return totals.read();
    }

    private static byte[] parseBindExecuteSync(String sql) {
        return concat(typed('P', sql), typed('B', "bind"), typed('D', "P"), typed('E', "...."), typed('S', ""));
    }

    private static byte[] sslRequest() {
        return ByteBuffer.allocate(8).putInt(8).putInt(80877103).array();
    }

    private static byte[] startup() {
        byte[] parameters = "user\0postgres\0database\0otp_bench\0\0".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(8 + parameters.length)
                .putInt(8 + parameters.length)
                .putInt(196608)
                .put(parameters)
                .array();
    }

    private static byte[] typed(char type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(5 + bytes.length)
                .put((byte) type)
                .putInt(4 + bytes.length)
                .put(bytes)
                .array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
