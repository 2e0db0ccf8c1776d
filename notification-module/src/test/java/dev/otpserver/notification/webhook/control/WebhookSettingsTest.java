package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void defaultsApplyWhenNothingIsSet() {
        WebhookSettings settings = settings(Map.of());

        assertEquals(Duration.ofSeconds(15), settings.attemptBound());
        assertEquals(Duration.ofSeconds(60), settings.claimLease());
        assertEquals(50, settings.pulseBatch());
        assertEquals(64, settings.maxInFlight());
        assertEquals(30, settings.retentionDays());
    }

    @Test
    void settingsAreReadUnderTheOutboxsNames() {
        WebhookSettings settings = settings(Map.of(
                "otp.notification.webhook.connect-timeout-seconds", "2",
                "otp.notification.webhook.read-timeout-seconds", "3",
                "otp.notification.webhook.pulse-batch", "7",
                "otp.notification.webhook.max-in-flight", "9",
                "otp.notification.webhook.claim-lease-seconds", "100",
                "otp.notification.webhook.retention-days", "0"));

        assertEquals(Duration.ofSeconds(5), settings.attemptBound());
        assertEquals(7, settings.pulseBatch());
        assertEquals(9, settings.maxInFlight());
        assertEquals(Duration.ofSeconds(100), settings.claimLease());
        assertEquals(0, settings.retentionDays());
    }

    @Test
    void formerNamesAreStillReadWhenTheNewOnesAreNotSet() {
        WebhookSettings settings = settings(Map.of(
                "otp.config.notify.read-timeout-seconds", "20",
                "otp.config.notify.pulse-batch", "11",
                "otp.config.notification-retention-days", "7"));

        assertEquals(Duration.ofSeconds(25), settings.attemptBound());
        assertEquals(11, settings.pulseBatch());
        assertEquals(7, settings.retentionDays());
    }

    @Test
    void theNewNameWinsOverTheFormerOne() {
        WebhookSettings settings = settings(Map.of(
                "otp.config.notify.pulse-batch", "11",
                "otp.notification.webhook.pulse-batch", "12"));

        assertEquals(12, settings.pulseBatch());
    }

    private static WebhookSettings settings(Map<String, String> values) {
        WebhookSettings settings = new WebhookSettings();
        settings.config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .build();
        settings.read();
        return settings;
    }
}
