package dev.otpserver.systemtest.admin;

import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.AdminClient.Answer;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.Partner;
import org.junit.jupiter.api.Test;

/** The admin API for users and wallet tokens: only for the realm's otp-admin group, JSON in every case. */
class UserAdminIT extends DeployedEar {

    private final AdminClient admin = AdminClient.admin();

    @Test
    void adminCreatesShowsAndUpdatesAUser() {
        String email = uniqueEmail();
        String userId = admin.createUser(email, "+14155550123", "fr-FR");

        Answer shown = admin.send("GET", "/admin/users/" + userId, null);
        Answer updated = admin.send(
                "PUT",
                "/admin/users/" + userId,
                "{\"status\":\"FROZEN\",\"email\":\"" + email + "\",\"locale\":\"en\"}");

        assertAll(
                () -> assertEquals(200, shown.status()),
                () -> assertEquals(email, shown.json().getString("email")),
                () -> assertEquals("fr-FR", shown.json().getString("locale")),
                () -> assertEquals("FROZEN", updated.json().getString("status")),
                () -> assertFalse(updated.json().containsKey("phone")));
    }

    @Test
    void issuedTokenIsShownOnceAndListedWithoutItsValue() {
        String userId = admin.createUser(uniqueEmail(), null, "en");
        String token = admin.issueToken(userId, Partner.register().clientId());

        Answer listed = admin.send("GET", "/admin/users/" + userId + "/wallet-tokens", null);

        assertEquals(200, listed.status());
        assertFalse(listed.body().contains(token), "the token's value is never shown again");
        assertTrue(listed.body().contains("tokenId"));
    }

    @Test
    void invalidInputIsRefusedWithAClearJsonMessage() {
        Answer badEmail = admin.send("POST", "/admin/users", "{\"email\":\"not-an-address\"}");
        Answer badPhone = admin.send("POST", "/admin/users", "{\"phone\":\"0044 1234\"}");
        Answer notJson = admin.send("POST", "/admin/users", "{");
        Answer unknownClient = admin.send(
                "POST",
                "/admin/users/" + admin.createUser(null, null, "en") + "/wallet-tokens",
                "{\"clientId\":\"NO_SUCH_CLIENT\"}");

        assertAll(
                () -> assertEquals(400, badEmail.status()),
                () -> assertTrue(badEmail.json().getString("message").contains("email")),
                () -> assertEquals(400, badPhone.status()),
                () -> assertTrue(badPhone.json().getString("message").contains("E.164")),
                () -> assertEquals(400, notJson.status(), notJson.body()),
                () -> assertTrue(notJson.contentType().startsWith("application/json"), notJson.contentType()),
                () -> assertEquals(400, unknownClient.status()));
    }

    @Test
    void unknownUserIsNotFoundInJson() {
        Answer missing = admin.send("GET", "/admin/users/nobody-" + System.nanoTime(), null);

        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/json"), missing.contentType());
    }

    @Test
    void withoutCredentialsOrWithoutTheRoleNothingIsShown() {
        Answer anonymous = AdminClient.anonymous().send("GET", "/admin/users/anyone", null);
        Answer plainUser = AdminClient.withoutRole().send("GET", "/admin/users/anyone", null);

        assertEquals(401, anonymous.status());
        assertEquals(403, plainUser.status());
        assertFalse(anonymous.body().contains("<html"), anonymous.body());
        assertFalse(plainUser.body().contains("<html"), plainUser.body());
    }
}
