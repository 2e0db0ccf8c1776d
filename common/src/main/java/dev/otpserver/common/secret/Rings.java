package dev.otpserver.common.secret;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The rings of the pepper and the sealing key, built from the secret store's versions and the rows of
 * srv_secret_version, each row opened with the key-wrapping key; and the rotated signing keys, opened to their
 * PKCS#8 PEM text, which {@code dev.otpserver.common.gateway.SigningKeys} joins to the key of the store.
 */
public record Rings(
        SecretRing<Pepper> peppers, SecretRing<SealingKey> sealingKeys, List<SecretRing.Version<String>> signingKeys) {

    /** The version of the pepper and of the sealing key that comes from the secret store. */
    public static final int BASE_VERSION = 1;

    static Rings of(Pepper pepper, SealingKey sealingKey, List<SecretVersion> rows) {
        SealingKey wrapping = sealingKey.keyWrapping();
        SecretRing<Pepper> peppers = SecretRing.of(BASE_VERSION, pepper);
        SecretRing<SealingKey> sealingKeys = SecretRing.of(BASE_VERSION, sealingKey);
        List<SecretRing.Version<String>> signingKeys = new ArrayList<>();
        for (SecretVersion row : rows) {
            String opened = wrapping.open(row.sealedValue());
            if (row.secretName().equals(SecretSetting.PEPPER.name())) {
                peppers = peppers.with(version(row, new Pepper(bytes(opened))));
            } else if (row.secretName().equals(SecretSetting.SEALING_KEY.name())) {
                sealingKeys = sealingKeys.with(version(row, new SealingKey(bytes(opened))));
            } else if (row.secretName().equals(SecretSetting.SIGNING_KEY.name())) {
                signingKeys.add(version(row, opened));
            }
        }
        return new Rings(peppers, sealingKeys, List.copyOf(signingKeys));
    }

    private static <T> SecretRing.Version<T> version(SecretVersion row, T secret) {
        return new SecretRing.Version<>(row.version(), secret, row.activeFrom());
    }

    private static byte[] bytes(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
