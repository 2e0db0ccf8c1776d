package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresCpuTest {

    /** A stat line of pid {@code pid} with parent {@code parent}: utime, stime, cutime, cstime are fields 14 to 17. */
    private static String stat(
            long pid, String name, long parent, long user, long system, long childUser, long childSystem) {
        return pid + " (" + name + ") S " + parent + " 4242 4242 0 -1 4194560 90210 0 12 0 " + user + " " + system + " "
                + childUser + " " + childSystem + " 20 0 1 0 1234567 6000000000 250000 18446744073709551615 1 1 0\n";
    }

    @Test
    void thePostmasterCountsItsOwnTimeAndThatOfTheChildrenItReaped() {
        assertEquals(1 + 2 + 300 + 40, PostgresCpu.ownAndReapedTicks(stat(100, "postgres", 1, 1, 2, 300, 40)));
    }

    @Test
    void aChildCountsItsOwnTimeOnlyAndAnotherProcessNothing() {
        assertEquals(15, PostgresCpu.childTicks(stat(101, "postgres: otp_bench idle", 100, 10, 5, 99, 99), 100));
        assertEquals(0, PostgresCpu.childTicks(stat(102, "java", 1, 10, 5, 0, 0), 100));
    }

    @Test
    void allOfAPostgresqlsProcessesAreAddedUp(@TempDir Path proc) throws IOException {
        write(proc, 100, stat(100, "postgres", 1, 1, 2, 300, 40));
        write(proc, 101, stat(101, "postgres: walwriter", 100, 10, 5, 0, 0));
        write(proc, 102, stat(102, "postgres: postgres otp_bench 127.0.0.1(5) idle", 100, 200, 100, 0, 0));
        write(proc, 103, stat(103, "java", 1, 5000, 5000, 0, 0));
        Files.createDirectories(proc.resolve("self"));

        assertEquals(Duration.ofMillis(6580), new PostgresCpu(proc, 100, 100).used());
    }

    private static void write(Path proc, long pid, String stat) throws IOException {
        Files.writeString(
                Files.createDirectories(proc.resolve(Long.toString(pid))).resolve("stat"), stat);
    }
}
