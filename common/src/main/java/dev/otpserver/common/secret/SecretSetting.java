package dev.otpserver.common.secret;

import java.nio.file.Path;

/**
 * One server secret and the keys that configure it: {@code valueKey} holds the secret itself (Base64), for the
 * server's secret store (a Payara password alias of that name, a WildFly encrypted expression); {@code pathKey}
 * names a file the operator mounts; {@code defaultFile} is that file's name in ~/.otp-server when neither is set.
 */
public record SecretSetting(String name, String what, String valueKey, String pathKey, String defaultFile) {

    public static final SecretSetting PEPPER =
            new SecretSetting("pepper", "server pepper", "otp.auth.pepper", "otp.auth.pepper.path", "pepper");
    public static final SecretSetting SEALING_KEY = new SecretSetting(
            "sealing-key",
            "sealing key",
            "otp.notification.sealing-key",
            "otp.notification.sealing-key.path",
            "sealing-key");
    public static final SecretSetting SIGNING_KEY = new SecretSetting(
            "signing-key", "server signing key", null, "otp.gateway.signing-key.path", "server-key.pem");
    public static final SecretSetting JOSE_KEYS =
            new SecretSetting("gsp-keys", "payment-integrator keys", null, "otp.gsp.server-keys.path", "gsp-keys.jwks");

    /** Why a node without this secret refuses to start, and how to give it one; never a value. */
    String notConfigured(Path looked) {
        String store = valueKey == null ? "" : valueKey + " (from the server's secret store) or ";
        return "Refusing to start: no " + what + " is configured. Set " + store + pathKey
                + " (a file mounted on every node);"
                + " there is none at " + looked.toAbsolutePath()
                + ". Every node needs the same one: docs/operations.md, Secrets."
                + " Only development runs make one (" + ServerSecrets.GENERATE_MISSING + "=true).";
    }

    /** Why a node whose secret differs from the one the database was written with refuses to start; never a value. */
    String mismatch() {
        String where = valueKey == null ? pathKey : valueKey + " or " + pathKey;
        return "Refusing to start: this node's " + what + " (" + where
                + ") is not the one the database was written with"
                + " (its fingerprint in srv_secret_fingerprint differs). Give every node the same " + what
                + ": docs/operations.md, Secrets.";
    }
}
