package dev.otpserver.systemtest.support;

import jakarta.json.Json;

/** The wallet dialect's two calls, as a merchant's SDK makes them. */
public final class Wallet {

    public static final String INIT = "/ams/api/v1/users/initAuthentication";
    public static final String VERIFY = "/ams/api/v1/users/verifyAuthentication";

    private Wallet() {}

    public static SignedCall init(Partner partner, String requestId, String channel, String walletToken) {
        return partner.post(
                INIT,
                Json.createObjectBuilder()
                        .add("authenticationType", "OTP")
                        .add("authenticationRequestId", requestId)
                        .add("authenticationChannelType", channel)
                        .add("userIdentityType", "WALLET_TOKEN")
                        .add("userIdentityValue", walletToken)
                        .build()
                        .toString());
    }

    public static SignedCall verify(Partner partner, String requestId, String code) {
        return partner.post(
                VERIFY,
                Json.createObjectBuilder()
                        .add("authenticationType", "OTP")
                        .add("authenticationRequestId", requestId)
                        .add("authenticationValue", code)
                        .build()
                        .toString());
    }
}
