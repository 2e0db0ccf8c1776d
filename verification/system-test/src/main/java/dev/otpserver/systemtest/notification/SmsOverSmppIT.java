package dev.otpserver.systemtest.notification;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.notification.sms.control.LoopbackSmsc;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.Wallet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A code issued through the wallet dialect reaches an SMSC over SMPP 3.4 as an SMS in one GSM-7 segment,
 * and the SMSC's delivery receipt is recorded against the message. The server under test routes SMS to
 * {@code smpp,sink} with the SMSC at 127.0.0.1:12775 (server-under-test.properties).
 */
class SmsOverSmppIT extends DeployedEar {

    private static final int SMSC_PORT = 12775;
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private LoopbackSmsc smsc;

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = new LoopbackSmsc(SMSC_PORT);
        Thread.sleep(2_500);
    }

    @AfterEach
    void stopSmsc() throws Exception {
        smsc.close();
    }

    @Test
    void codeArrivesAtTheSmscAndItsDeliveryIsRecorded() throws Exception {
        AdminClient admin = AdminClient.admin();
        Partner partner = Partner.register();
        String phone = uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        String requestId = requestId();

        assertEquals(
                "SUCCESS", Wallet.init(partner, requestId, "SMS", token).send().resultCode());
        SubmitSm sms = smsc.nextSubmitWithin(20);
        String text = LoopbackSmsc.text(List.of(sms));
        Matcher code = CODE.matcher(text);

        assertEquals(phone.substring(1), sms.getDestAddress(), "E.164 digits");
        assertEquals(0, sms.getDataCoding(), "GSM 7-bit");
        assertTrue(text.startsWith("System test partner: your verification code is"), text);
        assertTrue(code.find(), text);
        assertEquals(
                "SUCCESS",
                Wallet.verify(partner, requestId, code.group(1)).send().resultCode());
        assertEquals("DELIVERED", deliveredStatus(admin, partner));
    }

    private static String deliveredStatus(AdminClient admin, Partner partner) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 100 && !status.equals("DELIVERED"); i++) {
            List<JsonObject> latest = Json.createReader(
                            new StringReader(admin.send("GET", "/admin/messages?clientId=" + partner.clientId(), null)
                                    .body()))
                    .readArray()
                    .getValuesAs(JsonObject.class);
            status = latest.isEmpty() ? "" : latest.get(0).getString("status");
            Thread.sleep(100);
        }
        return status;
    }
}
