package dev.otpserver.common.signature;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where RSA signatures are made and checked, and RSA private-key steps taken: Amazon Corretto Crypto Provider (AWS-LC through JNI) where it loads
 * (Linux on x86-64), else the JDK: it signs several times faster, and every signed answer and every partner
 * notification is signed once (docs/performance.md). It is asked for
 * by name, not installed JVM-wide, so that the server's other applications keep their providers and an undeployed
 * application leaves nothing behind in {@link java.security.Security}.
 */
public final class RsaProvider {

    private static final Logger LOG = Logger.getLogger(RsaProvider.class.getName());
    private static final Optional<Provider> NATIVE = loadNative();

    private RsaProvider() {}

    /** The native provider, when it loaded; empty means the JDK's. */
    public static Optional<Provider> nativeProvider() {
        return NATIVE;
    }

    /**
     * {@code key} in the native provider's own form, where it loaded: given a JDK key, it converts the key on every
     * use, which takes about as long as the RSA step itself, so a key used often is converted once.
     */
    public static PrivateKey nativeForm(PrivateKey key) throws InvalidKeyException {
        if (NATIVE.isEmpty()) {
            return key;
        }
        try {
            return (PrivateKey)
                    KeyFactory.getInstance(key.getAlgorithm(), NATIVE.get()).translateKey(key);
        } catch (NoSuchAlgorithmException notOffered) {
            return key;
        }
    }

    public static Signature signature(String algorithm) throws NoSuchAlgorithmException {
        return NATIVE.isPresent() ? Signature.getInstance(algorithm, NATIVE.get()) : Signature.getInstance(algorithm);
    }

    private static Optional<Provider> loadNative() {
        try {
            AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
            Throwable notLoaded = provider.getLoadingError();
            if (notLoaded == null) {
                LOG.info(() -> "RSA signatures by " + provider.getName() + " " + provider.getVersionStr());
                return Optional.of(provider);
            }
            LOG.info(() -> "RSA signatures by the JDK: " + provider.getName() + " did not load (" + notLoaded + ")");
        } catch (LinkageError | RuntimeException unavailable) {
            LOG.info(() ->
                    "RSA signatures by the JDK: Amazon Corretto Crypto Provider is unavailable (" + unavailable + ")");
        }
        return Optional.empty();
    }
}
