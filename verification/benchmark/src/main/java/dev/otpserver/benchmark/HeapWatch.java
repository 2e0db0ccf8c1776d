package dev.otpserver.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live heap, measured the only way that means something: after a full collection, which
 * {@code jcmd GC.run} asks the server JVM for; then {@code jcmd GC.heap_info} tells what is still in use.
 */
final class HeapWatch {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final long pid;
    private final List<Long> samples = new ArrayList<>();

    HeapWatch(long pid) {
        this.pid = pid;
    }

    /** Live heap now, in MiB; kept as a sample. */
    long sample() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info of " + pid + " said nothing of the heap in use");
        }
        long mib = Long.parseLong(used.group(1)) / 1024;
        samples.add(mib);
        return mib;
    }

    List<Long> samples() {
        return List.copyOf(samples);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }
}
