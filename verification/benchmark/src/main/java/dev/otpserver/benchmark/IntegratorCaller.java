package dev.otpserver.benchmark;

import com.nimbusds.jose.jwk.JWK;
import dev.otpserver.common.gsp.JoseEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A payment platform calling sendOtp and verifyOtp: each request signed with its key (JWS) and encrypted to
 * the server's published key (JWE), as the dialect requires.
 */
record IntegratorCaller(String clientId, JWK signingKey, JWK serverEncryptionKey) {

    static final String SEND_OTP = "/gsp/v1/sendOtp";
    static final String VERIFY_OTP = "/gsp/v1/verifyOtp";

    SignedRequest sendOtp(String requestId, String phone) {
        return post(
                SEND_OTP,
                "{" + header(requestId) + ",\"accountPhoneNumber\":\"" + phone
                        + "\",\"smsMatchingToken\":\"AB12345678C\",\"otpContext\":{\"association\":{}}}");
    }

    SignedRequest verifyOtp(String requestId, String sendOtpRequestId, String otp) {
        return post(
                VERIFY_OTP,
                "{" + header(requestId) + ",\"sendOtpRequestId\":\"" + sendOtpRequestId + "\",\"otp\":\"" + otp
                        + "\"}");
    }

    private SignedRequest post(String path, String json) {
        String sealed = JoseEnvelope.seal(json.getBytes(StandardCharsets.UTF_8), signingKey, serverEncryptionKey);
        return new SignedRequest(path, Map.of("Content-Type", "application/jose; charset=utf-8"), sealed);
    }

    private static String header(String requestId) {
        return "\"requestHeader\":{\"protocolVersion\":{\"major\":1,\"minor\":0,\"revision\":0},\"requestId\":\""
                + requestId + "\",\"requestTimestamp\":\"" + System.currentTimeMillis() + "\"}";
    }
}
