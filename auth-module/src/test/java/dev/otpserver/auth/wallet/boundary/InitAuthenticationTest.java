package dev.otpserver.auth.wallet.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.result.GatewayException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitAuthenticationTest {

    private static final String VALID = "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"r-1\","
            + "\"authenticationChannelType\":\"SMS\",\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"tok\"}";

    @Test
    void readsAValidBody() {
        InitAuthentication request = InitAuthentication.from(json(VALID));

        assertEquals("r-1", request.authenticationRequestId());
        assertEquals(DeliveryChannel.SMS, request.channel());
        assertEquals("tok", request.walletToken());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "authenticationType|PIN",
                "authenticationType|" + "OTP_TOO_LONG_FOR_16",
                "authenticationChannelType|FAX",
                "userIdentityType|EMAIL_ADDRESS",
                "authenticationRequestId|''"
            })
    void refusesAFieldOutsideItsValues(String field, String value) {
        JsonObject body =
                Json.createObjectBuilder(json(VALID)).add(field, value).build();

        GatewayException refused = assertThrows(GatewayException.class, () -> InitAuthentication.from(body));

        assertEquals("PARAM_ILLEGAL", refused.code().name());
        assertTrue(refused.getMessage().startsWith(field), refused.getMessage());
    }

    @Test
    void refusesTooLongValuesNamingTheField() {
        JsonObject body = Json.createObjectBuilder(json(VALID))
                .add("userIdentityValue", "t".repeat(129))
                .build();

        GatewayException refused = assertThrows(GatewayException.class, () -> InitAuthentication.from(body));

        assertEquals("userIdentityValue must be at most 128 characters.", refused.getMessage());
    }

    @Test
    void neverShowsTheTokenInItsDescription() {
        assertTrue(!InitAuthentication.from(json(VALID)).toString().contains("tok\""));
        assertTrue(!InitAuthentication.from(json(VALID)).toString().contains("=tok"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
