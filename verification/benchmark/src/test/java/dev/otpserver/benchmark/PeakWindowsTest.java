package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeakWindowsTest {

    private static final Instant START = Instant.parse("2026-12-07T00:05:19Z");

    @Test
    void theWindowsWrittenAreReadBackInOrder(@TempDir Path folder) throws IOException {
        PeakWindows windows = PeakWindows.startedIn(folder);
        windows.add("baseline", START, START.plusSeconds(20));
        windows.add("verifyOtp", START.plusSeconds(25), START.plusSeconds(45));

        List<PeakWindows.Window> read = PeakWindows.read(folder.resolve("peaks.tsv"));

        assertEquals(
                List.of(
                        new PeakWindows.Window("baseline", START, START.plusSeconds(20)),
                        new PeakWindows.Window("verifyOtp", START.plusSeconds(25), START.plusSeconds(45))),
                read);
    }

    @Test
    void aNewRunStartsAnEmptyList(@TempDir Path folder) throws IOException {
        PeakWindows.startedIn(folder).add("sendOtp", START, START.plusSeconds(20));

        PeakWindows.startedIn(folder);

        assertEquals(List.of(), PeakWindows.read(folder.resolve("peaks.tsv")));
    }

    @Test
    void aWindowHoldsItsStartButNotItsEnd() {
        PeakWindows.Window window = new PeakWindows.Window("sendOtp", START, START.plusSeconds(20));

        assertTrue(window.holds(START));
        assertTrue(window.holds(START.plusSeconds(19)));
        assertFalse(window.holds(START.plusSeconds(20)));
        assertFalse(window.holds(START.minusMillis(1)));
    }

    @Test
    void sharesAreOfAllSamplesTakenIncludingThoseWithoutAFrameOfOurs() {
        SampleCounts counts = new SampleCounts();
        counts.add(Optional.of("dev.otpserver.A.run"));
        counts.add(Optional.of("dev.otpserver.A.run"));
        counts.add(Optional.of("dev.otpserver.B.run"));
        counts.add(Optional.empty());

        assertEquals(4, counts.samples());
        assertEquals(0.5, counts.share("dev.otpserver.A.run"), 1e-9);
    }
}
