package dev.otpserver.common.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class RsaProviderTest {

    private static final byte[] SIGNING_STRING =
            "POST /amsin/api/v1/otp/query\nclient.2026-12-02T05:30:00+00:00.{}".getBytes(StandardCharsets.UTF_8);

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void nativeProviderLoadsOnLinuxX8664() {
        assertEquals(
                "AmazonCorrettoCryptoProvider",
                RsaProvider.nativeProvider().orElseThrow().getName());
    }

    @Test
    void signatureOfTheChosenProviderVerifiesWithTheJdk() throws Exception {
        String signature = RsaSignatures.sign(TestVectors.privateKey(), SIGNING_STRING);

        Signature jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        jdk.initVerify(TestVectors.publicKey());
        jdk.update(SIGNING_STRING);
        assertTrue(jdk.verify(Base64.getDecoder().decode(signature)));
    }

    @Test
    void jdkSignatureVerifiesWithTheChosenProvider() throws Exception {
        Signature jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        jdk.initSign(TestVectors.privateKey());
        jdk.update(SIGNING_STRING);

        String signature = Base64.getEncoder().encodeToString(jdk.sign());

        assertTrue(RsaSignatures.verify(TestVectors.publicKey(), SIGNING_STRING, signature));
    }
}
