package dev.otpserver.benchmark;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;

/** A partner of the signed /ams and /amsin APIs: signs each request as its SDK does (RSA256, key version 1). */
record WalletPartner(String clientId, KeyPair keys) {

    static final String BASELINE = "/ams/api/v1/benchmark/baseline";
    static final String INIT = "/ams/api/v1/users/initAuthentication";
    static final String VERIFY = "/ams/api/v1/users/verifyAuthentication";
    static final String QUERY_CONFIG = "/amsin/api/v1/business/worldcard/queryOtpConfig";

    SignedRequest post(String path, String body) {
        String requestTime = Long.toString(System.currentTimeMillis());
        byte[] signed = SigningString.of("POST", path, clientId, requestTime, body.getBytes(StandardCharsets.UTF_8));
        String signature = SignatureHeader.rsa256(1, RsaSignatures.sign(keys.getPrivate(), signed))
                .format();
        return new SignedRequest(
                path,
                Map.of(
                        "Content-Type",
                        "application/json; charset=UTF-8",
                        "Client-Id",
                        clientId,
                        "Request-Time",
                        requestTime,
                        "Signature",
                        signature),
                body);
    }

    SignedRequest init(String requestId, String walletToken) {
        return post(
                INIT,
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"" + requestId
                        + "\",\"authenticationChannelType\":\"SMS\",\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\""
                        + walletToken + "\"}");
    }

    SignedRequest verify(String requestId, String code) {
        return post(
                VERIFY,
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"" + requestId
                        + "\",\"authenticationValue\":\"" + code + "\"}");
    }
}
