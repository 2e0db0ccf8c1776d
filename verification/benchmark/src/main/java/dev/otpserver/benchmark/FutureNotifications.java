package dev.otpserver.benchmark;

import dev.otpserver.common.secret.SealingKey;

/** Notifications due a day from now, which every pulse of the server must step over, queued in bulk by SQL. */
final class FutureNotifications {

    private final Fixtures fixtures;
    private final SealingKey sealingKey;
    private final String clientId;

    FutureNotifications(Fixtures fixtures, SealingKey sealingKey, String clientId) {
        this.fixtures = fixtures;
        this.sealingKey = sealingKey;
        this.clientId = clientId;
    }

    /**
     * Adds as many as it takes for {@code total} notifications to be pending in all, then vacuums the table: the
     * sections before leave dead rows in the index the claim walks, which autovacuum reaches in its own time and
     * which would be measured instead of the pending count. A checkpoint then writes out what the insert and the
     * vacuum dirtied (330 MiB for a million rows), which PostgreSQL would otherwise write while pulses are measured.
     */
    void pendingInAll(long total) {
        long missing = total - fixtures.number("SELECT COUNT(*) FROM ntf_webhook WHERE status = 'PENDING'");
        if (missing > 0) {
            String sealed = sealingKey.seal("{\"assetId\":\"future\",\"passcode\":\"000000\"}");
            fixtures.update(
                    "INSERT INTO ntf_webhook (notification_id, client_id, customer_id, status, sealed_body,"
                            + " challenge_expires_at, round_attempts, next_attempt_at, created_at, updated_at)"
                            + " SELECT gen_random_uuid()::text, ?, '', 'PENDING', ?, now() + interval '1 day', 0,"
                            + " now() + interval '1 day' + (n * interval '1 millisecond'), now(), now()"
                            + " FROM generate_series(1, " + missing + ") AS n",
                    clientId,
                    sealed);
        }
        fixtures.update("VACUUM ANALYZE ntf_webhook");
        fixtures.update("CHECKPOINT");
    }
}
