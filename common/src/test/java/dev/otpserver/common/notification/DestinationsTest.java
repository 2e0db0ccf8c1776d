package dev.otpserver.common.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationsTest {

    @Test
    void masksEmailsAndPhonesAsTheLogsShowThem() {
        assertEquals("j***@example.com", Destinations.masked("jane.doe@example.com"));
        assertEquals("+44******123", Destinations.masked("+44987654123"));
    }

    @Test
    void acceptsPlainEmailsAndE164Numbers() {
        assertTrue(Destinations.valid(DeliveryChannel.EMAIL, "jane.doe+otp@mail.example.co.uk"));
        assertTrue(Destinations.valid(DeliveryChannel.SMS, "+14155550123"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "jane", "jane@", "@example.com", "jane@example", "jane doe@example.com", "jane@-example.com"
            })
    void refusesMalformedEmails(String email) {
        assertFalse(Destinations.valid(DeliveryChannel.EMAIL, email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4415550123", "+0441555012", "+44 1555 0123", "+1234", "+1234567890123456"})
    void refusesNumbersThatAreNotE164(String phone) {
        assertFalse(Destinations.valid(DeliveryChannel.SMS, phone));
    }
}
