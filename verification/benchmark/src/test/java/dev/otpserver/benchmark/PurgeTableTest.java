package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeTableTest {

    private static final Measurement PACED = new Measurement(140, 12, 40, 2800, 0, 1.0);
    /** 1,000 rows a second for 200 ms of CPU a second, 50 of them the idle server's: 0.15 ms a row. */
    private static final PurgeAlone ALONE = new PurgeAlone(
            60_000,
            new PurgeAlone.Span(Duration.ofSeconds(60), Duration.ofMillis(12_000)),
            new PurgeAlone.Span(Duration.ofSeconds(30), Duration.ofMillis(1_500)));

    @Test
    void aRowShowsBothRatiosBothThroughputsAndThePurgesPace() {
        PurgeComparison init = new PurgeComparison(
                figures("initAuthentication (SMS)", 300, 500, 2.0, 1.2),
                figures("initAuthentication (SMS)", 240, 480, 2.4, 1.44),
                new PurgeWatch.Window("initAuthentication (SMS)", 62_500, Duration.ofSeconds(125), 150_000));

        String table = ResultTable.purge(List.of(init), overall(150_000), 740_000, ALONE);

        assertTrue(
                table.contains(
                        "| initAuthentication (SMS) | 0.60 | 0.50 | 0.60 | 0.60 | 0.61 | 300 | 240 | 500 | 150,000 | 0 |"),
                table);
        assertTrue(table.contains("740,000"), table);
        assertTrue(table.contains("The backlog lasted the whole window"), table);
    }

    @Test
    void thePurgesOwnCpuIsWhatItAddsToTheIdleServerPerThousandRows() {
        String table = ResultTable.purge(List.of(), overall(0), 80_000, ALONE);

        assertTrue(
                table.contains("1000 rows a second for 200 ms of the server's CPU a second, against 50 ms a second"
                        + " with neither requests nor purge: 150.0 ms per 1,000 rows"),
                table);
    }

    @Test
    void aBacklogThatRanOutIsNamedWithTheMeasurementItRanOutIn() {
        PurgeComparison send = new PurgeComparison(
                figures("sendOtp (JOSE, SMS)", 250, 500, 2.0, 1.2),
                figures("sendOtp (JOSE, SMS)", 250, 500, 2.0, 1.2),
                new PurgeWatch.Window("sendOtp (JOSE, SMS)", 40_000, Duration.ofSeconds(125), 0));
        PurgeComparison verify = new PurgeComparison(
                figures("verifyOtp (JOSE)", 400, 500, 1.5, 1.2),
                figures("verifyOtp (JOSE)", 400, 500, 1.5, 1.2),
                new PurgeWatch.Window("verifyOtp (JOSE)", 0, Duration.ofSeconds(125), 0));

        String table = ResultTable.purge(List.of(send, verify), overall(0), 80_000, ALONE);

        assertTrue(table.contains("The backlog ran out during sendOtp (JOSE, SMS)"), table);
        assertTrue(table.contains("Nothing was purged during: verifyOtp (JOSE)."), table);
        assertFalse(table.contains("lasted the whole window"), table);
    }

    /** An API's row: its peak and CPU per request beside the baseline's. */
    private static ApiFigures figures(String name, double peak, double baseline, double cpu, double baselineCpu) {
        return new ApiFigures(name, new Measurement(peak, 10, 30, 5000, 0, cpu), PACED, 0, baseline, baselineCpu);
    }

    private static PurgeWatch.Window overall(long left) {
        return new PurgeWatch.Window("the whole window", 300_000, Duration.ofSeconds(600), left);
    }
}
