package dev.otpserver.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * When each API's peak ran, one line each ({@code api}, start, end; tab-separated) in {@code peaks.tsv} beside
 * the results, so that {@link HotMethods} can tell which API the server's samples of a profiled run belong to.
 */
record PeakWindows(Path file) {

    record Window(String api, Instant start, Instant end) {

        boolean holds(Instant moment) {
            return !moment.isBefore(start) && moment.isBefore(end);
        }
    }

    static PeakWindows startedIn(Path folder) {
        PeakWindows windows = new PeakWindows(folder.resolve("peaks.tsv"));
        try {
            Files.deleteIfExists(windows.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return windows;
    }

    void add(String api, Instant start, Instant end) {
        try {
            Files.writeString(
                    file, api + "\t" + start + "\t" + end + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The windows written beside a recording, none if there is no file. */
    static List<Window> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(cells -> new Window(cells[0], Instant.parse(cells[1]), Instant.parse(cells[2])))
                .toList();
    }
}
