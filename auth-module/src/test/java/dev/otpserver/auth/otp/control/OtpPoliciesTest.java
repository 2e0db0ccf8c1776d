package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.notification.DeliveryChannel;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtpPoliciesTest {

    @Test
    void defaultsApplyWhenNothingIsSet() {
        OtpPolicy policy = policies(Map.of()).of("ANY", DeliveryChannel.EMAIL);

        assertEquals(
                new OtpPolicy(6, Duration.ofMinutes(5), 5, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), 6000),
                policy);
    }

    @Test
    void theMostSpecificSettingWins() {
        OtpPolicies policies = policies(Map.of(
                "otp.auth.code-lifetime-seconds", "600",
                "otp.auth.code-lifetime-seconds.sms", "120",
                "otp.auth.client.BANK.code-lifetime-seconds", "900",
                "otp.auth.client.BANK.code-lifetime-seconds.sms", "60",
                "otp.auth.client.BANK.code-length", "8"));

        assertEquals(
                Duration.ofSeconds(600),
                policies.of("OTHER", DeliveryChannel.EMAIL).lifetime());
        assertEquals(
                Duration.ofSeconds(120),
                policies.of("OTHER", DeliveryChannel.SMS).lifetime());
        assertEquals(
                Duration.ofSeconds(900),
                policies.of("BANK", DeliveryChannel.EMAIL).lifetime());
        assertEquals(
                Duration.ofSeconds(60), policies.of("BANK", DeliveryChannel.SMS).lifetime());
        assertEquals(8, policies.of("BANK", DeliveryChannel.SMS).codeLength());
        assertEquals(6, policies.of("OTHER", DeliveryChannel.SMS).codeLength());
    }

    @Test
    void theBudgetOfWrongCodesIsTwentyADayUnlessTheClientSaysOtherwise() {
        OtpPolicies policies = policies(Map.of(
                "otp.auth.client.BANK.wrong-code-budget", "10",
                "otp.auth.client.BANK.wrong-code-window-seconds", "3600"));

        assertEquals(new WrongCodeLimit(20, Duration.ofHours(24)), policies.wrongCodeLimit("OTHER"));
        assertEquals(new WrongCodeLimit(10, Duration.ofHours(1)), policies.wrongCodeLimit("BANK"));
    }

    @Test
    void codeLengthOutsideFourToTenIsRefusedNamingTheSetting() {
        OtpPolicies policies = policies(Map.of("otp.auth.code-length", "12"));

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> policies.of("ANY", DeliveryChannel.SMS));

        assertEquals("otp.auth code-length must be between 4 and 10, not 12", refused.getMessage());
    }

    private static OtpPolicies policies(Map<String, String> settings) {
        OtpPolicies policies = new OtpPolicies();
        policies.config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 100))
                .build();
        return policies;
    }
}
