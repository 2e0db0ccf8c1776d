package dev.otpserver.common.metrics;

import java.time.Duration;

/**
 * Where meters go: the application server's own metrics support (MicroProfile Metrics on Payara, Micrometer
 * on WildFly), chosen by the web module at deployment. Names are dotted; each server's exporter spells them
 * for Prometheus ({@code otp.codes.issued} becomes {@code otp_codes_issued_total}).
 */
public interface MeterBackend {

    void count(String name, String tag, String value);

    void time(String name, String tag, String value, Duration duration);

    /** Where no metrics support is found: meters are dropped. */
    MeterBackend NONE = new MeterBackend() {
        @Override
        public void count(String name, String tag, String value) {
            // no metrics support on this server
        }

        @Override
        public void time(String name, String tag, String value, Duration duration) {
            // no metrics support on this server
        }
    };
}
