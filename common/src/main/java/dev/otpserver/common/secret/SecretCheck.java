package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At deployment, after the schema migration: this node's pepper and sealing key must be the ones the database
 * was written with. A node with others would fail every verification and could not open a queued message, so it
 * refuses to start instead, with one log line that names the secret and never shows it.
 */
@ApplicationScoped
public class SecretCheck {

    private static final Logger LOG = Logger.getLogger(SecretCheck.class.getName());

    @Inject
    Pepper pepper;

    @Inject
    SealingKey sealingKey;

    public void verify(DataSource dataSource) {
        RecordedFingerprints recorded = new RecordedFingerprints(dataSource);
        compare(recorded, SecretSetting.PEPPER, pepper.fingerprint());
        compare(recorded, SecretSetting.SEALING_KEY, sealingKey.fingerprint());
    }

    private static void compare(RecordedFingerprints recorded, SecretSetting setting, String own) {
        try {
            if (!recorded.recordedOr(setting.name(), own).equals(own)) {
                String refusal = setting.mismatch();
                LOG.severe(refusal);
                throw new IllegalStateException(refusal);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare the " + setting.what() + " with the database", e);
        }
    }
}
