package dev.otpserver.systemtest.operations;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SmsSink;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's meters, scraped where each server serves them in Prometheus' format: codes issued, verified
 * and failed count up with the calls that made them, and the APIs' latency is measured, in seconds.
 */
class MetricsIT extends DeployedEar {

    /** Longer than anything takes here, and shorter than the nanosecond count of anything over 3.6 µs. */
    private static final double AN_HOUR = 3600;
    /** Longer than any one API call takes here. */
    private static final double A_MINUTE = 60;

    @Test
    void issuedVerifiedAndFailedCodesAreCountedAndLatencyMeasured() {
        Scrape before = Scrape.now();

        sendAndCheckAWrongAndTheRightCode(PaymentPlatform.register());

        Scrape after = Scrape.now();
        assertEquals(
                before.value("otp_codes_issued_total", "payment_integrator") + 1,
                after.value("otp_codes_issued_total", "payment_integrator"),
                0.0);
        assertEquals(
                before.value("otp_codes_verified_total", "payment_integrator") + 1,
                after.value("otp_codes_verified_total", "payment_integrator"),
                0.0);
        assertEquals(
                before.value("otp_codes_failed_total", "payment_integrator") + 1,
                after.value("otp_codes_failed_total", "payment_integrator"),
                0.0);
        assertFalse(requests(after, "sendOtp").isEmpty(), "latency of the APIs is measured");
    }

    @Test
    void everyDurationIsReportedInSeconds() {
        Scrape before = Scrape.now();

        sendAndCheckAWrongAndTheRightCode(PaymentPlatform.register());

        Scrape after = Scrape.now();
        List<TimerSeries> timers =
                TimerSeries.in(after, family -> family.startsWith("otp_") && family.contains("duration"));
        assertFalse(timers.isEmpty(), "durations are measured");
        assertAll(timers.stream().map(timer -> () -> valuesArePlausibleSeconds(timer)));
        assertAll(Stream.of("sendOtp", "verifyOtp")
                .map(operation -> () -> callsJustMadeTookSeconds(
                        requests(before, operation), requests(after, operation).orElseThrow())));
    }

    /** Every value lies between none and an hour, the max above mean and quantiles, no bucket ends past an hour. */
    private static void valuesArePlausibleSeconds(TimerSeries timer) {
        String lines = String.join("\n", timer.lines());
        assertTrue(timer.count() >= 0 && timer.sum() >= 0, "count and sum of\n" + lines);
        assertTrue(timer.durations().allMatch(seconds -> seconds >= 0 && seconds < AN_HOUR), "seconds in\n" + lines);
        timer.max()
                .ifPresent(max -> assertTrue(
                        timer.mean().orElse(0) <= max
                                && timer.quantiles().stream().allMatch(quantile -> quantile <= max),
                        "max of\n" + lines));
        assertTrue(
                timer.buckets().keySet().stream().allMatch(bound -> bound < AN_HOUR || bound.isInfinite()),
                "bucket bounds of\n" + lines);
    }

    /**
     * The calls of this test took their average (by the change of sum and count) of more than nothing and less
     * than a minute; the max is no less, the mean of the server's sample agrees with sum by count within a
     * factor of 100 (the sample decays, sum and count do not; a unit apart is a factor of 1000).
     */
    private static void callsJustMadeTookSeconds(Optional<TimerSeries> before, TimerSeries after) {
        String lines = String.join("\n", after.lines());
        double calls = after.count() - before.map(TimerSeries::count).orElse(0.0);
        double average = (after.sum() - before.map(TimerSeries::sum).orElse(0.0)) / calls;
        assertTrue(calls >= 1 && average > 0 && average < A_MINUTE, "the calls just made, by\n" + lines);
        after.max().ifPresent(max -> assertTrue(max >= average * 0.999 && max < A_MINUTE, "max of\n" + lines));
        double ofAllCalls = after.sum() / after.count();
        after.mean()
                .ifPresent(mean -> assertTrue(
                        mean > 0 && mean < A_MINUTE && mean / ofAllCalls > 0.01 && mean / ofAllCalls < 100,
                        "mean against sum by count of\n" + lines));
    }

    private static void sendAndCheckAWrongAndTheRightCode(PaymentPlatform platform) {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        platform.post(
                VERIFY_OTP,
                verifyOtp(requestId(), sendId, code.equals("000000") ? "111111" : "000000")
                        .build()
                        .toString());
        platform.post(VERIFY_OTP, verifyOtp(requestId(), sendId, code).build().toString());
    }

    private static Optional<TimerSeries> requests(Scrape scrape, String operation) {
        return TimerSeries.in(scrape, "otp_request_duration_seconds"::equals).stream()
                .filter(timer -> operation.equals(timer.tags().get("operation")))
                .findFirst();
    }
}
