package dev.otpserver.notification.sms.control;

import java.time.Duration;

/** The SMPP gateway's settings, keys {@code otp.notification.sms.smpp.*}. TON and NPI are the SMPP 3.4 numbers. */
public record SmppSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        String sourceAddress,
        byte sourceTon,
        byte sourceNpi,
        boolean deliveryReceipts,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration enquireLinkInterval,
        Duration rebindDelay) {

    static final String PREFIX = "otp.notification.sms.smpp.";

    public static SmppSettings from(SettingsSource settings) {
        return new SmppSettings(
                // SMSC host name or address (required when smpp is selected).
                settings.required(PREFIX + "host"),
                // SMSC port.
                settings.number(PREFIX + "port", 2775, 1, 65_535),
                // system_id to bind with (required when smpp is selected).
                settings.required(PREFIX + "system-id"),
                // Password to bind with (required when smpp is selected; at most 8 characters in SMPP 3.4).
                settings.required(PREFIX + "password"),
                // system_type to bind with; empty by default.
                settings.text(PREFIX + "system-type", ""),
                // source_addr of every SMS: a short code, a number or an alphanumeric sender (required when smpp is
                // selected).
                settings.required(PREFIX + "source-address"),
                // source_addr_ton: 0 unknown, 1 international, 3 network specific, 5 alphanumeric, 6 abbreviated.
                (byte) settings.number(PREFIX + "source-ton", 5, 0, 6),
                // source_addr_npi: 0 unknown, 1 ISDN (E.164).
                (byte) settings.number(PREFIX + "source-npi", 0, 0, 18),
                // Ask for delivery receipts (registered_delivery 1) and record them against the message.
                Boolean.parseBoolean(settings.text(PREFIX + "delivery-receipts", "true")),
                // Milliseconds to wait for the TCP connection.
                settings.millis(PREFIX + "connect-timeout-ms", 5_000),
                // Milliseconds to wait for any SMSC response (bind_resp, submit_sm_resp, enquire_link_resp).
                settings.millis(PREFIX + "response-timeout-ms", 10_000),
                // Milliseconds between enquire_link checks of an idle session.
                settings.millis(PREFIX + "enquire-link-ms", 30_000),
                // Milliseconds to wait before binding again after the session was lost.
                settings.millis(PREFIX + "rebind-delay-ms", 5_000));
    }
}
