package dev.otpserver.web.gsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import dev.otpserver.common.gsp.CallerKeyDirectory;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.gsp.JoseEnvelope;
import dev.otpserver.common.gsp.JoseEnvelope.SenderKey;
import dev.otpserver.web.gsp.IntegratorCall.Wrapping;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestOpenerTest {

    private static final byte[] JSON = "{\"requestHeader\":{}}".getBytes(StandardCharsets.UTF_8);

    private final JWK serverSigning = rsa(KeyUse.SIGNATURE, "server-sig");
    private final JWK serverEncryption = rsa(KeyUse.ENCRYPTION, "server-enc");
    private final JWK callerSigning = rsa(KeyUse.SIGNATURE, "caller-sig");
    private final JWK callerEncryption = rsa(KeyUse.ENCRYPTION, "caller-enc");
    private final ServerJoseKeys serverKeys = new ServerJoseKeys(serverSigning, List.of(serverEncryption));
    private final CallerKeyDirectory.Caller caller = new CallerKeyDirectory.Caller("PLATFORM", "Payment platform");

    @Test
    void aCompactJweIsOpenedAsTheCallerWhoseKeySignedIt() {
        IntegratorCall call = opener(Optional.empty(), true).open("application/jose; charset=utf-8", sealed());

        assertEquals(caller, call.caller());
        assertEquals(Wrapping.JOSE, call.wrapping());
        assertEquals("{}", call.body().getJsonObject("requestHeader").toString());
    }

    @Test
    void aDecryptedBodyIsReadAsJsonOnlyOnceTheCallerIsKnown() {
        byte[] notJson = JoseEnvelope.seal(
                        "[1]".getBytes(StandardCharsets.UTF_8), callerSigning, serverEncryption.toPublicJWK())
                .getBytes(StandardCharsets.US_ASCII);
        IntegratorCall call = opener(Optional.empty(), true).open("application/jose", notJson);

        assertEquals(caller, call.caller());
        assertEquals(
                ErrorResponseCode.INVALID_DECRYPTED_REQUEST,
                assertThrows(GspException.class, call::body).code());
    }

    @Test
    void aJweWrappedInBase64UrlIsOpenedAndRemembered() {
        byte[] wrapped = Base64URL.encode(sealed()).toString().getBytes(StandardCharsets.US_ASCII);

        assertEquals(
                Wrapping.BASE64URL_JOSE,
                opener(Optional.empty(), true).open("application/jose", wrapped).wrapping());
    }

    @Test
    void plainJsonIsRefusedUnlessTheDevelopmentSettingNamesACaller() {
        GspException refused = assertThrows(
                GspException.class, () -> opener(Optional.empty(), true).open("application/json", JSON));
        IntegratorCall plain = opener(Optional.of("PLATFORM"), true).open("application/json; charset=UTF-8", JSON);

        assertEquals(ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION, refused.code());
        assertEquals(Wrapping.PLAIN, plain.wrapping());
        assertEquals(caller, plain.caller());
    }

    @Test
    void theDevelopmentModeStillTakesJose() {
        assertEquals(
                Wrapping.JOSE,
                opener(Optional.of("PLATFORM"), true)
                        .open("application/jose", sealed())
                        .wrapping());
    }

    @Test
    void theKeyTheAnswerIsEncryptedToIsReadWhenTheRequestIsOpened() {
        IntegratorCall call = opener(Optional.empty(), true).open("application/jose", sealed());
        IntegratorCall plain = opener(Optional.of("PLATFORM"), true).open("application/json", JSON);

        assertEquals(Optional.of(callerEncryption.toPublicJWK()), call.answerKey());
        assertEquals(Optional.empty(), plain.answerKey());
    }

    @Test
    void aCallerWithoutAnEncryptionKeyCannotBeAnsweredAndIsForbidden() {
        GspException refused = assertThrows(
                GspException.class, () -> opener(Optional.empty(), false).open("application/jose", sealed()));

        assertEquals(ErrorResponseCode.FORBIDDEN, refused.code());
    }

    private byte[] sealed() {
        return JoseEnvelope.seal(JSON, callerSigning, serverEncryption.toPublicJWK())
                .getBytes(StandardCharsets.US_ASCII);
    }

    private RequestOpener opener(Optional<String> plainCaller, boolean callerHasEncryptionKey) {
        CallerKeyDirectory directory = new CallerKeyDirectory() {
            @Override
            public List<SenderKey<Caller>> signingKeys(Optional<String> keyId) {
                return List.of(new SenderKey<>(caller, callerSigning.toPublicJWK()));
            }

            @Override
            public Optional<JWK> encryptionKey(String clientId) {
                return callerHasEncryptionKey ? Optional.of(callerEncryption.toPublicJWK()) : Optional.empty();
            }

            @Override
            public Optional<Caller> find(String clientId) {
                return Optional.of(caller).filter(known -> known.clientId().equals(clientId));
            }
        };
        return new RequestOpener(serverKeys, directory, plainCaller);
    }

    private static JWK rsa(KeyUse use, String kid) {
        try {
            return new RSAKeyGenerator(2048).keyUse(use).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
