package dev.otpserver.systemtest.support;

import dev.otpserver.common.signature.PemKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A partner client that a test registers for itself, straight in the server's PostgreSQL database,
 * with a key pair of its own: no test shares a client with another.
 */
public record Partner(String clientId, int keyVersion, PrivateKey privateKey) {

    public static Partner register() {
        return registerAs("IT_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase());
    }

    /**
     * A partner under a fixed id, for the tests of per-client settings that the server under test was
     * configured with ({@code otp.auth.client.<id>.*}); each such id belongs to one test only.
     */
    public static Partner registerAs(String clientId) {
        KeyPair keys = rsa();
        sql(
                "INSERT INTO cfg_client (client_id, name, status, created_at) VALUES (?, ?, 'ACTIVE', CURRENT_TIMESTAMP)",
                clientId,
                "System test partner");
        sql(
                "INSERT INTO cfg_client_key (client_id, key_version, public_key, status, created_at) VALUES (?, 1, ?, 'ACTIVE', CURRENT_TIMESTAMP)",
                clientId,
                PemKeys.pem(keys.getPublic()));
        return new Partner(clientId, 1, keys.getPrivate());
    }

    public Partner disabled() {
        sql("UPDATE cfg_client SET status = 'DISABLED' WHERE client_id = ?", clientId);
        return this;
    }

    /** Sets where the partner receives 3DS OTP notifications, through the admin API. */
    public Partner notifiedAt(java.net.URI notifyUrl) {
        AdminClient.Answer set = AdminClient.admin()
                .send("PUT", "/admin/clients/" + clientId + "/notify-url", "{\"notifyUrl\":\"" + notifyUrl + "\"}");
        if (set.status() != 200) {
            throw new IllegalStateException("Cannot set the notify URL: " + set);
        }
        return this;
    }

    /** Turns the partner's own otpApiNotifyPreference ON, as the partner does: by the signed API. */
    public Partner preferenceOn() {
        GatewayAnswer answer = post(
                        "/amsin/api/v1/business/worldcard/updateOtpNotifyConfig", "{\"otpApiNotifyPreference\":\"ON\"}")
                .send();
        if (!"SUCCESS".equals(answer.resultCode())) {
            throw new IllegalStateException("Cannot turn the preference ON: " + answer);
        }
        return this;
    }

    public SignedCall post(String path, String body) {
        return new SignedCall(this, "POST", path, body);
    }

    private static void sql(String statement, String... values) {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setString(i + 1, values[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test data", e);
        }
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
