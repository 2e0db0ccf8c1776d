package dev.otpserver.auth.user.boundary;

import dev.otpserver.auth.user.entity.WalletToken;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A wallet token as the admin API shows it: by its id (the keyed hash), never by its value. {@code token}
 * carries the value once, in the answer that issues it.
 */
@JsonbPropertyOrder({"tokenId", "token", "clientId", "expiresAt", "revokedAt"})
public record TokenView(String tokenId, String token, String clientId, String expiresAt, String revokedAt) {

    static TokenView of(WalletToken token) {
        return new TokenView(
                token.tokenHash(),
                null,
                token.clientId(),
                token.expiresAt().toString(),
                token.revokedAt().map(Object::toString).orElse(null));
    }

    static TokenView issued(WalletToken token, String value) {
        return new TokenView(
                token.tokenHash(), value, token.clientId(), token.expiresAt().toString(), null);
    }

    @Override
    public String toString() {
        return "TokenView[" + tokenId + "]";
    }
}
