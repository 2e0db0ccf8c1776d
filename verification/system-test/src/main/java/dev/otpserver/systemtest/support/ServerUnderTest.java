package dev.otpserver.systemtest.support;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where the server under test is and what it was configured with. Each server module
 * (system-test-payara, system-test-wildfly) passes these as failsafe system properties.
 */
public final class ServerUnderTest {

    private ServerUnderTest() {}

    /** The EAR that the build produced: the tests deploy exactly what users deploy. */
    public static File ear() {
        return new File(required("otp.it.ear"));
    }

    /** Base URL of the HTTP listener, e.g. http://127.0.0.1:18080 */
    public static URI baseUrl() {
        return URI.create(required("otp.it.base-url"));
    }

    /**
     * Base URL of the HTTPS listener, by host name, e.g. https://localhost:18181: its certificate names
     * localhost and 127.0.0.1, and clients that check the host name (the vendors' SDKs) accept it.
     */
    public static URI httpsBaseUrl() {
        return URI.create(required("otp.it.https-base-url"));
    }

    /** Readiness endpoint (Payara serves it on the HTTP port, WildFly on the management port). */
    public static URI readinessUrl() {
        return URI.create(required("otp.it.readiness-url"));
    }

    /** The server's management API (Payara: the admin listener's REST API; WildFly: /management on its port). */
    public static URI managementUrl() {
        return URI.create(required("otp.it.management-url"));
    }

    /** Where the server serves its metrics in Prometheus' text format (Payara: /metrics; WildFly: /prometheus on the management port). */
    public static URI metricsUrl() {
        return URI.create(required("otp.it.metrics-url"));
    }

    /** JDBC URL of the PostgreSQL database that the server's datasource points to. */
    public static String jdbcUrl() {
        return required("otp.it.jdbc-url");
    }

    /** The server signing key: the server creates it on first start; its public half sits beside it. */
    public static Path serverPublicKey() {
        return Path.of(required("otp.it.server-key") + ".pub");
    }

    /** The files of the server's signing key and of its JOSE key set (each with its public half beside it, .pub). */
    public static java.util.List<Path> keyFiles() {
        return java.util.List.of(Path.of(required("otp.it.server-key")), Path.of(required("otp.it.gsp-server-keys")));
    }

    /** Port of the SMTP server that the server's mail session sends to; the tests run GreenMail there. */
    public static int smtpPort() {
        return Integer.parseInt(required("otp.it.smtp-port"));
    }

    /** File where the server's development SMS gateway writes every SMS. */
    public static Path smsSink() {
        return Path.of(required("otp.it.sms-sink"));
    }

    /** The pepper (Base64) that the server module put into the server's secret store. */
    public static String pepper() {
        return secretIn("otp.it.pepper");
    }

    /** The sealing key (Base64) that the server module put into the server's secret store. */
    public static String sealingKey() {
        return secretIn("otp.it.sealing-key");
    }

    private static String secretIn(String key) {
        try {
            return java.nio.file.Files.readString(Path.of(required(key))).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The server's own log file, to check what it does not say. */
    public static Path serverLog() {
        return Path.of(required("otp.it.server-log"));
    }

    /** A user of the server's realm in group otp-admin, and one without it. */
    public static String adminUser() {
        return required("otp.it.admin-user");
    }

    public static String adminPassword() {
        return required("otp.it.admin-password");
    }

    public static String plainUser() {
        return required("otp.it.user");
    }

    public static String plainUserPassword() {
        return required("otp.it.user-password");
    }

    /** A user of the server's realm in group otp-viewer (the console's read-only role). */
    public static String viewerUser() {
        return required("otp.it.viewer");
    }

    public static String viewerPassword() {
        return required("otp.it.viewer-password");
    }

    /** Where the console's browser tests put their screenshots (in the server module's build output). */
    public static Path screenshots() {
        return Path.of(required("otp.it.screenshots"));
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + key + " is not set by the server module's failsafe configuration");
        }
        return value;
    }
}
