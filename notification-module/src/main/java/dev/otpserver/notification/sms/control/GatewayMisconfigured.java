package dev.otpserver.notification.sms.control;

/** A selected gateway's setting is missing or wrong: deployment stops, and the message names the key to fix. */
public class GatewayMisconfigured extends RuntimeException {

    private final String key;

    public GatewayMisconfigured(String key, String problem) {
        super("Configuration key " + key + " " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
