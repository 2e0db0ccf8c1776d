package dev.otpserver.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server spent its CPU during a profiled benchmark ({@code ./otp bench --profile}): the methods on
 * top of JFR's execution samples, and the first frame of each sample that is in a package of interest
 * (default {@code dev.otpserver}, so that the library code is charged to the call of ours that made it); then
 * the same first frames for the samples taken during each API's peaks, as {@code peaks.tsv} beside the
 * recording names them ({@link PeakWindows}).
 *
 * <p>Usage: {@code java -cp … dev.otpserver.benchmark.HotMethods server.jfr [package-prefix] [rows]}
 */
public final class HotMethods {

    private HotMethods() {}

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        String prefix = args.length > 1 ? args[1] : "dev.otpserver";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        List<PeakWindows.Window> windows = PeakWindows.read(recording.resolveSibling("peaks.tsv"));
        SampleCounts top = new SampleCounts();
        SampleCounts ours = new SampleCounts();
        Map<String, SampleCounts> oursByApi = new LinkedHashMap<>();
        windows.forEach(window -> oursByApi.putIfAbsent(window.api(), new SampleCounts()));
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            Optional<String> first = frames.stream()
                    .map(HotMethods::name)
                    .filter(name -> name.startsWith(prefix))
                    .findFirst();
            top.add(Optional.of(name(frames.get(0))));
            ours.add(first);
            windows.stream()
                    .filter(window -> window.holds(event.getStartTime()))
                    .findFirst()
                    .ifPresent(window -> oursByApi.get(window.api()).add(first));
        }
        top.print("Top of stack", rows);
        ours.print("First frame in " + prefix, rows);
        oursByApi.forEach(
                (api, counts) -> counts.print("First frame in " + prefix + " during the peaks of " + api, rows));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
