package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCpuTest {

    /** A line of /proc/<pid>/stat as Linux writes it; utime 1500 and stime 250 ticks are its fields 14 and 15. */
    private static final String STAT = "4242 (java) S 1 4242 4242 0 -1 4194560 90210 0 12 0 1500 250 0 0 20 0 183 0"
            + " 1234567 6000000000 250000 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0\n";

    @Test
    void userAndSystemTicksAreAddedUp() {
        assertEquals(1750, ServerCpu.ticks(STAT));
    }

    @Test
    void aProcessNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertEquals(1750, ServerCpu.ticks(STAT.replace("(java)", "(a (strange) name)")));
    }

    @Test
    void ticksBecomeTimeAtTheClockRateGiven(@TempDir Path folder) throws IOException {
        Path stat = Files.writeString(folder.resolve("stat"), STAT);

        assertEquals(Duration.ofMillis(17_500), new ServerCpu(stat, 100).used());
        assertEquals(Duration.ofMillis(1_750), new ServerCpu(stat, 1000).used());
    }

    @Test
    void cpuPerRequestIsTheRunsCpuOverItsRequests() {
        assertEquals(2.5, ServerCpu.millisPerRequest(Duration.ofSeconds(10), 4000), 1e-9);
        assertTrue(Double.isNaN(ServerCpu.millisPerRequest(Duration.ofSeconds(1), 0)));
    }

    @Test
    void theCpuRatioReadsLikeTheThroughputRatio() {
        Measurement peak = new Measurement(400, 3, 10, 8000, 0, 2.0);
        ApiFigures twiceTheBaselinesCpu = new ApiFigures("api", peak, peak, 0, 800, 1.0);

        assertEquals(0.5, twiceTheBaselinesCpu.timesBaseline(), 1e-9);
        assertEquals(0.5, twiceTheBaselinesCpu.cpuTimesBaseline(), 1e-9);
    }

    @Test
    void theTableShowsCpuPerRequestBesideThroughput() {
        Measurement peak = new Measurement(400, 3, 10, 8000, 0, 2.0);
        String table = ResultTable.apis(java.util.List.of(new ApiFigures("sendOtp", peak, peak, 0, 800, 1.5)));

        assertTrue(table.contains("| sendOtp | 400 | 800 | 0.50 | 2.00 | 1.50 | 0.75 | 400 | 3 | 10 | 0 |"), table);
    }
}
