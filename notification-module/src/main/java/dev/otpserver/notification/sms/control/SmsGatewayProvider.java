package dev.otpserver.notification.sms.control;

/**
 * A kind of SMS gateway, found by CDI: adding one changes nothing until its id is listed in
 * {@code otp.notification.sms.gateways}, and only then are its settings read and checked.
 */
public interface SmsGatewayProvider {

    String id();

    /** Reads and checks this gateway's settings; throws {@link GatewayMisconfigured} naming the faulty key. */
    SmsGateway open(SettingsSource settings);
}
