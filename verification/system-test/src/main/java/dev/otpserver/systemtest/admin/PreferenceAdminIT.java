package dev.otpserver.systemtest.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import org.junit.jupiter.api.Test;

/** An admin reads and sets a partner's otpApiNotifyPreference, which the partner's own API then reports. */
class PreferenceAdminIT extends DeployedEar {

    private static final String QUERY_OTP_CONFIG = "/amsin/api/v1/business/worldcard/queryOtpConfig";

    private final AdminClient admin = AdminClient.admin();

    @Test
    void whatAnAdminSetsIsWhatThePartnerQueries() {
        Partner partner = Partner.register();
        String path = "/admin/clients/" + partner.clientId() + "/otp-notify-preference";

        AdminClient.Answer before = admin.send("GET", path, null);
        AdminClient.Answer set = admin.send("PUT", path, "{\"otpApiNotifyPreference\":\"ON\"}");
        GatewayAnswer queried = partner.post(QUERY_OTP_CONFIG, "{}").send();

        assertAll(
                () -> assertEquals("OFF", before.json().getString("otpApiNotifyPreference"), before.toString()),
                () -> assertEquals("ON", set.json().getString("otpApiNotifyPreference"), set.toString()),
                () -> assertEquals("ON", queried.body().getString("otpApiNotifyPreference"), queried.toString()));
    }

    @Test
    void badValuesUnknownClientsAndMissingRolesAreRefused() {
        Partner partner = Partner.register();
        String path = "/admin/clients/" + partner.clientId() + "/otp-notify-preference";

        assertEquals(
                400,
                admin.send("PUT", path, "{\"otpApiNotifyPreference\":\"MAYBE\"}")
                        .status());
        assertEquals(
                404,
                admin.send("GET", "/admin/clients/NO_SUCH_CLIENT_AT_ALL/otp-notify-preference", null)
                        .status());
        assertEquals(
                403,
                AdminClient.withoutRole()
                        .send("PUT", path, "{\"otpApiNotifyPreference\":\"ON\"}")
                        .status());
        assertEquals("OFF", admin.send("GET", path, null).json().getString("otpApiNotifyPreference"));
    }
}
