package dev.otpserver.common.gsp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import dev.otpserver.common.signature.RsaProvider;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The private halves of this side's own RSA keys in the native provider's form, converted once per key (see
 * {@link RsaProvider#nativeForm}). Only this side's own keys are private (the server's, or a caller's in a
 * client), so there are few; a key no longer configured is no longer asked for, and the map is emptied should
 * it ever hold more than a few.
 */
final class NativePrivateKeys {

    private static final int MOST_KEPT = 32;
    private static final Map<RSAKey, PrivateKey> CONVERTED = new ConcurrentHashMap<>();

    private NativePrivateKeys() {}

    static PrivateKey of(RSAKey key) throws JOSEException {
        PrivateKey converted = CONVERTED.get(key);
        if (converted == null) {
            if (CONVERTED.size() >= MOST_KEPT) {
                CONVERTED.clear();
            }
            converted = convert(key);
            CONVERTED.put(key, converted);
        }
        return converted;
    }

    private static PrivateKey convert(RSAKey key) throws JOSEException {
        try {
            return RsaProvider.nativeForm(key.toPrivateKey());
        } catch (InvalidKeyException e) {
            throw new JOSEException("The native provider refused key " + key.getKeyID(), e);
        }
    }
}
