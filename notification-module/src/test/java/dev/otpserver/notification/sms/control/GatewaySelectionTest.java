package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewaySelectionTest {

    private final List<SmsGatewayProvider> providers = List.of(new HttpGatewayProvider(), new SmppGatewayProvider());

    @Test
    void aSelectedSmppGatewayWithoutHostFailsNamingTheKey() {
        GatewayMisconfigured failure = misconfigured(Map.of("otp.notification.sms.gateways", "smpp"));

        assertEquals("otp.notification.sms.smpp.host", failure.key());
        assertTrue(failure.getMessage().contains("otp.notification.sms.smpp.host"));
    }

    @Test
    void aSelectedHttpGatewayWithoutUrlOrWithAnAuthHeaderButNoValueFailsNamingTheKey() {
        assertEquals(
                "otp.notification.sms.http.url",
                misconfigured(Map.of("otp.notification.sms.gateways", "http")).key());
        assertEquals(
                "otp.notification.sms.http.auth-value",
                misconfigured(Map.of(
                                "otp.notification.sms.gateways",
                                "http",
                                "otp.notification.sms.http.url",
                                "http://127.0.0.1:9/sms",
                                "otp.notification.sms.http.auth-header",
                                "Authorization"))
                        .key());
        assertEquals(
                "otp.notification.sms.http.read-timeout-ms",
                misconfigured(Map.of(
                                "otp.notification.sms.gateways",
                                "http",
                                "otp.notification.sms.http.url",
                                "http://127.0.0.1:9/sms",
                                "otp.notification.sms.http.read-timeout-ms",
                                "soon"))
                        .key());
    }

    @Test
    void anUnknownOrRepeatedGatewayIdFailsNamingTheListKey() {
        assertEquals(
                "otp.notification.sms.gateways",
                misconfigured(Map.of("otp.notification.sms.gateways", "carrier-pigeon"))
                        .key());
        assertEquals(
                "otp.notification.sms.gateways",
                misconfigured(Map.of(
                                "otp.notification.sms.gateways",
                                "http,http",
                                "otp.notification.sms.http.url",
                                "http://127.0.0.1:9/sms"))
                        .key());
    }

    @Test
    void unselectedGatewaysMayStayUnconfigured() {
        Failover failover = GatewaySelection.open(
                SettingsSource.of(Map.of(
                        "otp.notification.sms.gateways", "http",
                        "otp.notification.sms.http.url", "http://127.0.0.1:9/sms",
                        "otp.notification.sms.smpp.port", "not a port")),
                providers,
                Clock.systemUTC());

        assertEquals(CircuitBreaker.State.CLOSED, failover.circuitOf("http"));
        failover.close();
    }

    @Test
    void theDefaultSelectionIsTheSinkAndNeedsNoSettings() {
        SmsGatewayProvider sink = new SmsGatewayProvider() {
            @Override
            public String id() {
                return "sink";
            }

            @Override
            public SmsGateway open(SettingsSource settings) {
                return new SmsSink(java.nio.file.Path.of("unused.jsonl"), Clock.systemUTC());
            }
        };

        Failover failover = GatewaySelection.open(
                SettingsSource.of(Map.of()), List.of(sink, new SmppGatewayProvider()), Clock.systemUTC());

        assertEquals(CircuitBreaker.State.CLOSED, failover.circuitOf("sink"));
    }

    private GatewayMisconfigured misconfigured(Map<String, String> settings) {
        return assertThrows(
                GatewayMisconfigured.class,
                () -> GatewaySelection.open(SettingsSource.of(settings), providers, Clock.systemUTC()));
    }
}
