package dev.otpserver.benchmark;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.otpserver.common.secret.Pepper;
import dev.otpserver.common.signature.PemKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data the load needs, written straight into the server's database as its admin API would leave it:
 * partners with their keys, end users with wallet tokens (stored under the server's keyed hash), notify URLs.
 */
final class Fixtures {

    /** An end user the load sends codes to: the wallet token a partner holds for it, and its phone. */
    record BenchUser(String token, String phone) {}

    private static final AtomicLong PHONES = new AtomicLong(100_000_000L);

    private final BenchTarget target;
    private final Pepper pepper;

    Fixtures(BenchTarget target) {
        this.target = target;
        this.pepper = Pepper.loadOrCreate(target.pepper());
    }

    /** A distinct, valid E.164 number on every call (UK mobile range), so that each code can be told apart. */
    static String freshPhone() {
        return "+447" + PHONES.incrementAndGet();
    }

    WalletPartner walletPartner(String clientId) {
        KeyPair keys = rsa();
        client(clientId);
        update(
                "INSERT INTO cfg_client_key (client_id, key_version, public_key, status, created_at)"
                        + " VALUES (?, 1, ?, 'ACTIVE', CURRENT_TIMESTAMP)",
                clientId,
                PemKeys.pem(keys.getPublic()));
        return new WalletPartner(clientId, keys);
    }

    IntegratorCaller integratorCaller(String clientId) {
        try {
            JWK signing = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID("bench-sig")
                    .generate();
            JWK encryption = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.ENCRYPTION)
                    .keyID("bench-enc")
                    .generate();
            client(clientId);
            joseKey(clientId, signing, "sig");
            joseKey(clientId, encryption, "enc");
            JWK server = JWKSet.parse(Files.readString(target.gspPublicKeys())).getKeys().stream()
                    .filter(key -> KeyUse.ENCRYPTION.equals(key.getKeyUse()))
                    .findFirst()
                    .orElseThrow();
            return new IntegratorCaller(clientId, signing, server);
        } catch (JOSEException | IOException | ParseException e) {
            throw new IllegalStateException("Cannot register the payment-integrator caller", e);
        }
    }

    /** {@code count} users, each with a phone and a wallet token for {@code clientId}, in one batch. */
    List<BenchUser> users(String clientId, int count) {
        List<BenchUser> users = new ArrayList<>(count);
        try (Connection db = connection();
                PreparedStatement user =
                        db.prepareStatement("INSERT INTO auth_user (user_id, status, email, phone, locale,"
                                + " created_at) VALUES (?, 'NORMAL', NULL, ?, 'en', CURRENT_TIMESTAMP)");
                PreparedStatement token =
                        db.prepareStatement("INSERT INTO auth_wallet_token (token_hash, user_id, client_id,"
                                + " expires_at, revoked_at, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP + INTERVAL '1 day', NULL,"
                                + " CURRENT_TIMESTAMP)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                BenchUser next = new BenchUser(UUID.randomUUID().toString(), freshPhone());
                String userId = "bench-" + next.phone().substring(1);
                user.setString(1, userId);
                user.setString(2, next.phone());
                user.addBatch();
                token.setString(1, pepper.hash("wallet-token", next.token()));
                token.setString(2, userId);
                token.setString(3, clientId);
                token.addBatch();
                users.add(next);
            }
            user.executeBatch();
            token.executeBatch();
            db.commit();
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the benchmark's users", e);
        }
    }

    void notifyUrl(String clientId, String url) {
        update(
                "INSERT INTO cfg_notify_endpoint (client_id, notify_url, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                clientId,
                url);
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), "postgres", "");
    }

    void update(String sql, String... values) {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }

    long number(String query) {
        return Long.parseLong(text(query));
    }

    String text(String query) {
        try (Connection db = connection();
                var statement = db.createStatement();
                var result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + query, e);
        }
    }

    private void client(String clientId) {
        update(
                "INSERT INTO cfg_client (client_id, name, status, created_at) VALUES (?, ?, 'ACTIVE', CURRENT_TIMESTAMP)",
                clientId,
                "Benchmark " + clientId);
    }

    private void joseKey(String clientId, JWK key, String use) {
        update(
                "INSERT INTO cfg_client_jose_key (client_id, key_id, key_use, jwk, status, created_at)"
                        + " VALUES (?, ?, ?, ?, 'ACTIVE', CURRENT_TIMESTAMP)",
                clientId,
                key.getKeyID(),
                use,
                key.toPublicJWK().toJSONString());
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
