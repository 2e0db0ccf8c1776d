package dev.otpserver.systemtest.robustness;

import dev.otpserver.systemtest.support.Database;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Row counts of the tables that requests write (common/src/main/resources/db/migration), to prove that nothing was. */
final class BusinessTables {

    /**
     * Every table but two that background timers grow while a test runs: {@code ntf_attempt} (the delivery
     * pulse retries messages that earlier tests queued) and {@code ntf_webhook_attempt} (the notify
     * pulse retries earlier tests' partner notifications on their schedule). No request writes either
     * without also writing a table counted here (a message or a notification).
     */
    private static final List<String> TABLES = List.of(
            "cfg_client",
            "cfg_client_key",
            "cfg_otp_preference",
            "cfg_customer_contract",
            "cfg_access_token",
            "cfg_notify_endpoint",
            "ntf_webhook",
            "cfg_client_jose_key",
            "auth_user",
            "auth_wallet_token",
            "auth_challenge",
            "auth_init_request",
            "auth_client_traffic",
            "auth_threeds_challenge",
            "auth_gsp_exchange",
            "auth_gsp_otp",
            "auth_gsp_association",
            "auth_send_gate",
            "ntf_message",
            "srv_secret_version");

    private BusinessTables() {}

    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        TABLES.forEach(table -> counts.put(table, Database.number("SELECT COUNT(*) FROM " + table)));
        return counts;
    }
}
