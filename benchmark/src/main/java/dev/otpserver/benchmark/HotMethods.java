package dev.otpserver.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server spent its CPU during a profiled benchmark ({@code ./otp bench --profile}): the methods on
 * top of JFR's execution samples, and the first frame of each sample that is in a package of interest
 * (default {@code dev.otpserver}, so that the library code is charged to the call of ours that made it).
 *
 * <p>Usage: {@code java -cp … dev.otpserver.benchmark.HotMethods server.jfr [package-prefix] [rows]}
 */
public final class HotMethods {

    private HotMethods() {
    }

    public static void main(String[] args) throws IOException {
        String prefix = args.length > 1 ? args[1] : "dev.otpserver";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(frame -> name(frame).startsWith(prefix)).findFirst()
                    .ifPresent(frame -> ours.merge(name(frame), 1, Integer::sum));
        }
        print("Top of stack", top, samples, rows);
        print("First frame in " + prefix, ours, samples, rows);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
        System.out.printf("%n%s (%d samples)%n", title, samples);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf("%6.1f%%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
