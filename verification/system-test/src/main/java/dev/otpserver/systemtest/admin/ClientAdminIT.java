package dev.otpserver.systemtest.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.RawHttp;
import dev.otpserver.systemtest.support.ServerUnderTest;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Partner clients and their keys through the admin API: register, rotate, revoke, disable; role otp-admin only. */
class ClientAdminIT extends DeployedEar {

    private static final String QUERY_OTP_CONFIG = "/amsin/api/v1/business/worldcard/queryOtpConfig";

    private final AdminClient admin = AdminClient.admin();
    private final String clientId =
            "IT_ADM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void aClientRegisteredByAnAdminCallsWithItsKey() {
        KeyPair keys = Partner.rsa();

        AdminClient.Answer registered = admin.send("POST", "/admin/clients", client("Admin Shop", null));
        AdminClient.Answer key = addKey(null, keys);
        GatewayAnswer call = new Partner(clientId, 1, keys.getPrivate())
                .post(QUERY_OTP_CONFIG, "{}")
                .send();

        assertAll(
                () -> assertEquals(201, registered.status(), registered.toString()),
                () -> assertEquals("ACTIVE", registered.json().getString("status")),
                () -> assertEquals(1, key.json().getInt("keyVersion"), key.toString()),
                () -> assertEquals("SUCCESS", call.resultCode(), call.toString()),
                () -> assertTrue(
                        serverLogSays("admin " + ServerUnderTest.adminUser() + " registered client " + clientId),
                        "the change is in the audit trail with who made it"));
    }

    @Test
    void aRotationAddsTheNextVersionAndTheRevokedOneStopsWorking() {
        admin.send("POST", "/admin/clients", client("Rotating Shop", null));
        KeyPair first = Partner.rsa();
        KeyPair second = Partner.rsa();
        addKey(null, first);

        AdminClient.Answer rotated = addKey(null, second);
        AdminClient.Answer revoked = admin.send("DELETE", "/admin/clients/" + clientId + "/keys/1", null);

        assertEquals(2, rotated.json().getInt("keyVersion"));
        assertEquals("REVOKED", revoked.json().getString("status"), revoked.toString());
        assertEquals(
                "SUCCESS",
                new Partner(clientId, 2, second.getPrivate())
                        .post(QUERY_OTP_CONFIG, "{}")
                        .send()
                        .resultCode());
        assertEquals(
                "KEY_NOT_FOUND",
                new Partner(clientId, 1, first.getPrivate())
                        .post(QUERY_OTP_CONFIG, "{}")
                        .send()
                        .resultCode());
        assertEquals(
                2,
                admin.send("GET", "/admin/clients/" + clientId, null)
                        .json()
                        .getJsonArray("keys")
                        .size());
    }

    @Test
    void aDisabledClientIsInvalidUntilEnabledAgain() {
        KeyPair keys = Partner.rsa();
        admin.send("POST", "/admin/clients", client("Paused Shop", null));
        addKey(1, keys);
        Partner partner = new Partner(clientId, 1, keys.getPrivate());

        admin.send("PUT", "/admin/clients/" + clientId, client("Paused Shop", "DISABLED"));
        String whileDisabled = partner.post(QUERY_OTP_CONFIG, "{}").send().resultCode();
        admin.send("PUT", "/admin/clients/" + clientId, client("Paused Shop", "ACTIVE"));

        assertEquals("CLIENT_INVALID", whileDisabled);
        assertEquals("SUCCESS", partner.post(QUERY_OTP_CONFIG, "{}").send().resultCode());
    }

    @Test
    void badInputsAreRefusedWithAMessageAndNothingIsWritten() {
        admin.send("POST", "/admin/clients", client("Careful Shop", null));

        assertAll(
                () -> assertEquals(
                        409,
                        admin.send("POST", "/admin/clients", client("Twin", null))
                                .status()),
                () -> assertEquals(
                        400,
                        admin.send("POST", "/admin/clients", "{\"clientId\":\"bad id\",\"name\":\"x\"}")
                                .status()),
                () -> assertEquals(
                        400,
                        admin.send("POST", "/admin/clients", "{\"clientId\":\"" + clientId + "X\"}")
                                .status()),
                () -> assertEquals(
                        400,
                        admin.send("PUT", "/admin/clients/" + clientId, client("x", "PAUSED"))
                                .status()),
                () -> assertEquals(
                        400,
                        admin.send("PUT", "/admin/clients/" + clientId, client("Shop\u0000\nINFO forged", null))
                                .status()),
                () -> assertEquals(
                        400,
                        admin.send("POST", "/admin/clients/" + clientId + "/keys", "{\"publicKey\":\"not a key\"}")
                                .status()),
                () -> assertEquals(
                        404,
                        admin.send("DELETE", "/admin/clients/" + clientId + "/keys/7", null)
                                .status()),
                () -> assertEquals(
                        404,
                        admin.send("GET", "/admin/clients/NO_SUCH_CLIENT_" + clientId, null)
                                .status()));
        assertEquals(
                0,
                admin.send("GET", "/admin/clients/" + clientId, null)
                        .json()
                        .getJsonArray("keys")
                        .size());
    }

    @Test
    void onlyTheAdminRoleManagesClients() {
        assertEquals(
                403,
                AdminClient.withoutRole()
                        .send("POST", "/admin/clients", client("Intruder", null))
                        .status());
        assertEquals(
                401, AdminClient.anonymous().send("GET", "/admin/clients", null).status());
        assertFalse(admin.send("GET", "/admin/clients", null).jsonArray().isEmpty());
    }

    @Test
    void aCallerRefusedBeforeItsBodyIsReadIsToldTheConnectionCloses() {
        byte[] request = ("POST /admin/clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 64\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII);

        RawHttp.Response refused = RawHttp.exchange(ServerUnderTest.baseUrl(), request);

        assertEquals(401, refused.status(), refused.toString());
        assertEquals(Optional.of("close"), refused.header("Connection").map(String::toLowerCase), refused.toString());
    }

    private static boolean serverLogSays(String text) {
        for (int i = 0; i < 50; i++) {
            try {
                if (Files.readString(ServerUnderTest.serverLog()).contains(text)) {
                    return true;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private AdminClient.Answer addKey(Integer version, KeyPair keys) {
        var body = Json.createObjectBuilder().add("publicKey", PemKeys.pem(keys.getPublic()));
        if (version != null) {
            body.add("keyVersion", version);
        }
        AdminClient.Answer added = admin.send(
                "POST", "/admin/clients/" + clientId + "/keys", body.build().toString());
        assertEquals(201, added.status(), added.toString());
        return added;
    }

    private String client(String name, String status) {
        var body = Json.createObjectBuilder().add("clientId", clientId).add("name", name);
        if (status != null) {
            body.add("status", status);
        }
        return body.build().toString();
    }
}
