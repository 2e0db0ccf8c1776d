package dev.otpserver.systemtest.integrator;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SmsSink;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** sendOtp by associationId: the code goes to the phone of the end user the association stands for. */
class PaymentIntegratorAssociationIT extends DeployedEar {

    private final PaymentPlatform platform = PaymentPlatform.register();
    private final AdminClient admin = AdminClient.admin();

    @Test
    void anAssociatedUserGetsTheCodeOnTheirPhone() {
        String phone = CardSystem.freshPhone();
        String associationId = associate(admin.createUser(null, phone, "fr"));
        String sendId = requestId();

        IntegratorAnswer sent = platform.post(
                SEND_OTP, byAssociation(sendId, associationId).build().toString());
        String text = SmsSink.textsTo(phone, 1).get(0);
        IntegratorAnswer verified = platform.post(
                VERIFY_OTP,
                verifyOtp(requestId(), sendId, SmsSink.codeIn(text)).build().toString());

        assertEquals("SUCCESS", sent.result(), sent.toString());
        assertTrue(text.contains("votre code"), text);
        assertEquals("SUCCESS", verified.result(), verified.toString());
    }

    @Test
    void anUnknownAssociationIdIsAnInvalidIdentifierNamingTheField() {
        IntegratorAnswer answer = platform.post(
                SEND_OTP,
                byAssociation(requestId(), "no-such-association").build().toString());

        assertEquals(404, answer.status(), answer.toString());
        assertEquals("INVALID_IDENTIFIER", answer.errorCode());
        assertTrue(answer.description().startsWith("associationId"), answer.description());
    }

    @Test
    void aFrozenUserIsOnHoldAndADeletedOneClosed() {
        String phone = CardSystem.freshPhone();
        String frozen = admin.createUser(null, phone, "en");
        admin.send(
                "PUT",
                "/admin/users/" + frozen,
                "{\"status\":\"FROZEN\",\"phone\":\"" + phone + "\",\"locale\":\"en\"}");
        String deleted = admin.createUser(null, CardSystem.freshPhone(), "en");
        String deletedAssociation = associate(deleted);
        admin.send("DELETE", "/admin/users/" + deleted, null);

        assertEquals(
                "ACCOUNT_ON_HOLD",
                platform.post(
                                SEND_OTP,
                                byAssociation(requestId(), associate(frozen))
                                        .build()
                                        .toString())
                        .result());
        assertEquals(
                "ACCOUNT_CLOSED",
                platform.post(
                                SEND_OTP,
                                byAssociation(requestId(), deletedAssociation)
                                        .build()
                                        .toString())
                        .result());
        assertEquals(0, SmsSink.textsTo(phone, 1).size());
    }

    @Test
    void aRemovedAssociationIsUnknown() {
        String associationId = associate(admin.createUser(null, CardSystem.freshPhone(), "en"));

        AdminClient.Answer removed =
                admin.send("DELETE", "/admin/clients/" + platform.clientId() + "/associations/" + associationId, null);
        IntegratorAnswer answer = platform.post(
                SEND_OTP, byAssociation(requestId(), associationId).build().toString());

        assertEquals(204, removed.status());
        assertEquals("INVALID_IDENTIFIER", answer.errorCode(), answer.toString());
    }

    @Test
    void associationsAreAdministeredWithTheRoleOnlyAndForExistingUsers() {
        String path = "/admin/clients/" + platform.clientId() + "/associations/a-" + UUID.randomUUID();

        assertEquals(
                403,
                AdminClient.withoutRole()
                        .send("PUT", path, "{\"userId\":\"x\"}")
                        .status());
        assertEquals(
                400, admin.send("PUT", path, "{\"userId\":\"no-such-user\"}").status());
        assertEquals(404, admin.send("GET", path, null).status());
    }

    private String associate(String userId) {
        String associationId = "assoc-" + UUID.randomUUID();
        AdminClient.Answer made = admin.send(
                "PUT",
                "/admin/clients/" + platform.clientId() + "/associations/" + associationId,
                "{\"userId\":\"" + userId + "\"}");
        if (made.status() != 200) {
            throw new IllegalStateException("Cannot associate: " + made);
        }
        return associationId;
    }

    private static JsonObjectBuilder byAssociation(String requestId, String associationId) {
        return sendOtp(requestId, "unused").remove("accountPhoneNumber").add("associationId", associationId);
    }
}
