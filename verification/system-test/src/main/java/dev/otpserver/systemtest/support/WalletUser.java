package dev.otpserver.systemtest.support;

import java.util.UUID;

/** An end user with a phone and a wallet token for one partner, for the tests that need several codes of one user. */
public record WalletUser(Partner partner, String userId, String phone, String token) {

    public static WalletUser of(Partner partner) {
        AdminClient admin = AdminClient.admin();
        String phone = CardSystem.freshPhone();
        String userId = admin.createUser(null, phone, "en");
        return new WalletUser(partner, userId, phone, admin.issueToken(userId, partner.clientId()));
    }

    /** A code texted under a fresh authenticationRequestId. */
    public Code code() {
        String requestId = "auth_" + UUID.randomUUID();
        String code = SmsSink.codeOfNextText(phone, () -> {
            GatewayAnswer init = Wallet.init(partner, requestId, "SMS", token).send();
            if (!"SUCCESS".equals(init.resultCode())) {
                throw new AssertionError("initAuthentication failed: " + init);
            }
        });
        return new Code(requestId, code);
    }

    public GatewayAnswer verify(Code code, String value) {
        return Wallet.verify(partner, code.requestId(), value).send();
    }

    /** An authenticationRequestId and the code it texted. */
    public record Code(String requestId, String value) {

        public String wrong() {
            return TestData.wrongCode(value);
        }
    }
}
