package dev.otpserver.systemtest;

import static dev.otpserver.systemtest.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server's meters, scraped where each server serves them in Prometheus' format: codes issued, verified
 * and failed count up with the calls that made them, and the APIs' latency is measured.
 */
class MetricsIT extends DeployedEar {

    @Test
    void issuedVerifiedAndFailedCodesAreCountedAndLatencyMeasured() {
        double issued = sample("otp_codes_issued_total", "payment_integrator");
        double verified = sample("otp_codes_verified_total", "payment_integrator");
        double failed = sample("otp_codes_failed_total", "payment_integrator");
        PaymentPlatform platform = PaymentPlatform.register();
        String phone = CardSystem.freshPhone();
        String sendId = requestId();

        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        platform.post(VERIFY_OTP, verifyOtp(requestId(), sendId, code.equals("000000") ? "111111" : "000000").build().toString());
        platform.post(VERIFY_OTP, verifyOtp(requestId(), sendId, code).build().toString());

        assertEquals(issued + 1, sample("otp_codes_issued_total", "payment_integrator"), 0.0);
        assertEquals(verified + 1, sample("otp_codes_verified_total", "payment_integrator"), 0.0);
        assertEquals(failed + 1, sample("otp_codes_failed_total", "payment_integrator"), 0.0);
        assertTrue(scrape().contains("otp_request_duration_seconds"), "latency of the APIs is measured");
    }

    /** The value of a counter's line with the given tag value, 0 when it has none yet. */
    private static double sample(String counter, String tagValue) {
        Matcher line = Pattern.compile("(?m)^" + counter + "\\{[^}]*\"" + tagValue + "\"[^}]*\\} ([0-9.eE+-]+)").matcher(scrape());
        return line.find() ? Double.parseDouble(line.group(1)) : 0.0;
    }

    private static String scrape() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(ServerUnderTest.metricsUrl()).header("Accept", "text/plain").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("No metrics at " + ServerUnderTest.metricsUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
