package dev.otpserver.systemtest.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.AdminClient.Answer;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SignedCall;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * queryOtpConfig (seed 000) and updateOtpNotifyConfig for the partner's own account and for connected
 * customers, with every code of seed 000's table provoked.
 */
class PartnerConfigurationIT extends DeployedEar {

    private static final String QUERY = "/amsin/api/v1/business/worldcard/queryOtpConfig";
    private static final String UPDATE = "/amsin/api/v1/business/worldcard/updateOtpNotifyConfig";

    private final AdminClient admin = AdminClient.admin();
    private final Partner partner = Partner.register();

    @Test
    void updatedPreferenceIsInForceAndAnsweredSigned() {
        GatewayAnswer updated =
                partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"ON\"}").send();
        GatewayAnswer queried = partner.post(QUERY, "{}").send();

        assertAll(
                updated.toString(),
                () -> assertEquals("SUCCESS", updated.resultCode()),
                () -> assertEquals("ON", updated.body().getString("status")),
                () -> assertTrue(updated.signedByServer()),
                () -> assertEquals("ON", queried.body().getString("otpApiNotifyPreference")));
    }

    @Test
    void updateIsAnOverwriteAndCanBeRepeated() {
        partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"ON\"}").send();
        partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"OFF\"}").send();
        GatewayAnswer again =
                partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"OFF\"}").send();

        assertEquals("OFF", again.body().getString("status"));
        assertEquals("OFF", partner.post(QUERY, "{}").send().body().getString("otpApiNotifyPreference"));
    }

    @Test
    void anythingButOnOrOffIsIllegal() {
        assertEquals("PARAM_ILLEGAL", partner.post(UPDATE, "{}").send().resultCode());
        assertEquals(
                "PARAM_ILLEGAL",
                partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"MAYBE\"}")
                        .send()
                        .resultCode());
        assertEquals(
                "PARAM_ILLEGAL",
                partner.post(UPDATE, "{\"otpApiNotifyPreference\":true}").send().resultCode());
    }

    @Test
    void customerWithoutAContractIsRefusedAndNothingChanges() {
        GatewayAnswer query = partner.post(QUERY, "{}")
                .header("Connected-CustomerId", "STRANGER")
                .send();
        GatewayAnswer update = partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"ON\"}")
                .header("Connected-CustomerId", "STRANGER")
                .send();

        assertEquals("CONTRACT_NOT_EXIST", query.resultCode(), query.toString());
        assertEquals("CONTRACT_NOT_EXIST", update.resultCode(), update.toString());
        assertFalse(query.body().containsKey("otpApiNotifyPreference"));
        assertEquals(
                0, Database.number("SELECT COUNT(*) FROM cfg_otp_preference WHERE client_id = ?", partner.clientId()));
    }

    @Test
    void customerUnderContractHasAPreferenceOfItsOwn() {
        contract("SHOP_1", "CONTRACT");

        partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"ON\"}")
                .header("Connected-CustomerId", "SHOP_1")
                .send();

        assertEquals(
                "ON",
                partner.post(QUERY, "{}")
                        .header("Connected-CustomerId", "SHOP_1")
                        .send()
                        .body()
                        .getString("otpApiNotifyPreference"));
        assertEquals("OFF", partner.post(QUERY, "{}").send().body().getString("otpApiNotifyPreference"));
    }

    @Test
    void oauthContractNeedsTheAccessTokenTheCustomerGranted() {
        contract("SHOP_OAUTH", "OAUTH");
        contract("SHOP_OTHER", "OAUTH");
        String granted = token("SHOP_OAUTH", 3600).json().getString("accessToken");
        String other = token("SHOP_OTHER", 3600).json().getString("accessToken");

        assertEquals("AUTHORIZATION_NOT_EXIST", queryAs("SHOP_OAUTH", null).resultCode());
        assertEquals(
                "AUTHORIZATION_NOT_EXIST", queryAs("SHOP_OAUTH", "not-a-token").resultCode());
        assertEquals("AUTHORIZATION_NOT_EXIST", queryAs("SHOP_OAUTH", other).resultCode());
        assertEquals("SUCCESS", queryAs("SHOP_OAUTH", granted).resultCode());
    }

    @Test
    void expiredAccessTokenIsRefusedAsExpired() throws Exception {
        contract("SHOP_EXPIRY", "OAUTH");
        String shortLived = token("SHOP_EXPIRY", 1).json().getString("accessToken");

        Thread.sleep(1_500);

        assertEquals("ACCESS_TOKEN_EXPIRED", queryAs("SHOP_EXPIRY", shortLived).resultCode());
    }

    @Test
    void revokedAccessTokenNoLongerAuthorizes() {
        contract("SHOP_REVOKED", "OAUTH");
        Answer token = token("SHOP_REVOKED", 3600);
        revoke(token);

        assertEquals(
                "AUTHORIZATION_NOT_EXIST",
                queryAs("SHOP_REVOKED", token.json().getString("accessToken")).resultCode());
    }

    @Test
    void suspendedContractIsASystemErrorNotToRetry() {
        contract("SHOP_SUSPENDED", "CONTRACT");
        admin.send(
                "PUT",
                "/admin/clients/" + partner.clientId() + "/contracts/SHOP_SUSPENDED",
                "{\"status\":\"SUSPENDED\"}");

        GatewayAnswer answer = queryAs("SHOP_SUSPENDED", null);

        assertEquals("SYSTEM_ERROR", answer.resultCode(), answer.toString());
        assertEquals("F", answer.resultStatus());
    }

    @Test
    void unreadableStoredPreferenceIsAnUnknownExceptionToRetryLater() throws Exception {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement corrupt = connection.prepareStatement(
                        "INSERT INTO cfg_otp_preference"
                                + " (client_id, customer_id, preference, updated_at) VALUES (?, '', 'XX', CURRENT_TIMESTAMP)")) {
            corrupt.setString(1, partner.clientId());
            corrupt.executeUpdate();
        }

        GatewayAnswer answer = partner.post(QUERY, "{}").send();

        assertEquals("UNKNOWN_EXCEPTION", answer.resultCode(), answer.toString());
        assertEquals("U", answer.resultStatus());
        assertTrue(answer.signedByServer());
        assertFalse(answer.toString().contains("Exception:"), "no stack trace");
    }

    @Test
    void contractsAndTheTokensThatStillAuthorizeAreListedWithoutTokenValues() {
        contract("SHOP_LISTED_B", "OAUTH");
        contract("SHOP_LISTED_A", "CONTRACT");
        admin.send(
                "PUT",
                "/admin/clients/" + partner.clientId() + "/contracts/SHOP_LISTED_B",
                "{\"status\":\"SUSPENDED\"}");
        Answer kept = token("SHOP_LISTED_B", 3600);
        Answer revoked = token("SHOP_LISTED_B", 3600);
        revoke(revoked);

        Answer contracts = admin.send("GET", "/admin/clients/" + partner.clientId() + "/contracts", null);
        Answer tokens = admin.send("GET", "/admin/clients/" + partner.clientId() + "/access-tokens", null);

        assertEquals(200, contracts.status(), contracts.body());
        assertEquals(
                List.of("SHOP_LISTED_A CONTRACT ACTIVE", "SHOP_LISTED_B OAUTH SUSPENDED"),
                contracts.jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(contract -> contract.getString("customerId").startsWith("SHOP_LISTED_"))
                        .map(contract -> contract.getString("customerId") + " " + contract.getString("authorization")
                                + " " + contract.getString("status"))
                        .toList());
        assertEquals(200, tokens.status(), tokens.body());
        List<JsonObject> live = tokens.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(token -> token.getString("customerId").equals("SHOP_LISTED_B"))
                .toList();
        assertEquals(1, live.size(), tokens.body());
        assertEquals(kept.json().getString("tokenId"), live.get(0).getString("tokenId"));
        assertFalse(tokens.body().contains(kept.json().getString("accessToken")), "no token's value");
        assertEquals(
                404,
                admin.send("GET", "/admin/clients/NO_SUCH_CLIENT/contracts", null)
                        .status());
    }

    private GatewayAnswer queryAs(String customerId, String accessToken) {
        SignedCall call = partner.post(QUERY, "{}").header("Connected-CustomerId", customerId);
        return (accessToken == null ? call : call.header("Access-Token", accessToken)).send();
    }

    private void contract(String customerId, String authorization) {
        Answer created = admin.send(
                "POST",
                "/admin/clients/" + partner.clientId() + "/contracts",
                "{\"customerId\":\"" + customerId + "\",\"authorization\":\"" + authorization + "\"}");
        assertEquals(201, created.status(), created.body());
    }

    private void revoke(Answer granted) {
        Answer revoked = admin.send(
                "DELETE",
                "/admin/clients/" + partner.clientId() + "/access-tokens/"
                        + granted.json().getString("tokenId"),
                null);
        assertEquals(204, revoked.status(), revoked.body());
    }

    private Answer token(String customerId, long seconds) {
        Answer granted = admin.send(
                "POST",
                "/admin/clients/" + partner.clientId() + "/access-tokens",
                "{\"customerId\":\"" + customerId + "\",\"validForSeconds\":" + seconds + "}");
        assertEquals(201, granted.status(), granted.body());
        return granted;
    }
}
