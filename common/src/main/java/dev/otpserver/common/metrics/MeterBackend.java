package dev.otpserver.common.metrics;

import java.time.Duration;

/**
 * Where meters go: the application server's own metrics support (MicroProfile Metrics on Payara, Micrometer
 * on WildFly), chosen by the web module at deployment. Names are dotted; each server's exporter spells them
 * for Prometheus ({@code otp.codes.issued} becomes {@code otp_codes_issued_total}).
 */
public interface MeterBackend {

    /** Adds one to a counter. */
    default void count(String name, String tag, String value) {
        count(name, tag, value, 1);
    }

    /** Adds {@code amount} (0 or more) to a counter. */
    void count(String name, String tag, String value, long amount);

    void time(String name, String tag, String value, Duration duration);

    /** Where no metrics support is found: meters are dropped. */
    MeterBackend NONE = new MeterBackend() {
        @Override
        public void count(String name, String tag, String value, long amount) {
            // no metrics support on this server
        }

        @Override
        public void time(String name, String tag, String value, Duration duration) {
            // no metrics support on this server
        }
    };
}
