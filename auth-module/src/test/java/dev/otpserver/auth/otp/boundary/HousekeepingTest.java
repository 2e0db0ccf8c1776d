package dev.otpserver.auth.otp.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.auth.otp.control.ChallengeRetention;
import dev.otpserver.common.metrics.MeterBackend;
import dev.otpserver.common.metrics.OtpMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    private final List<String> counted = new ArrayList<>();

    @Test
    void theRowsOneRunForgotAreCountedAsThisNodesPurgedChallenges() {
        Housekeeping housekeeping = housekeeping(() -> 42);

        housekeeping.forgetOld();

        assertEquals(List.of("otp.rows.purged kind=challenges +42"), counted);
    }

    @Test
    void aFailedRunCountsNothingAndTriesAgainAtItsNextTime() {
        Housekeeping housekeeping = housekeeping(() -> {
            throw new IllegalStateException("the database is away");
        });

        housekeeping.forgetOld();

        assertEquals(List.of(), counted);
    }

    private Housekeeping housekeeping(java.util.function.IntSupplier forgotten) {
        Housekeeping housekeeping = new Housekeeping();
        housekeeping.retention = new ChallengeRetention() {
            @Override
            public int forgetOld() {
                return forgotten.getAsInt();
            }
        };
        housekeeping.metrics = new OtpMetrics();
        housekeeping.metrics.use(new MeterBackend() {
            @Override
            public void count(String name, String tag, String value, long amount) {
                counted.add(name + " " + tag + "=" + value + " +" + amount);
            }

            @Override
            public void time(String name, String tag, String value, Duration duration) {}
        });
        return housekeeping;
    }
}
