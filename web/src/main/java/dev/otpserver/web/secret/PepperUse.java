package dev.otpserver.web.secret;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.secret.Rings;
import dev.otpserver.common.secret.SecretRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many stored keyed hashes each pepper version still keys, so that an operator sees when a rotated version
 * keys nothing any more (docs/operations.md, "What a pepper rotation does not re-key"). Code and token hashes carry
 * their version ({@code pepper_version}); the request fingerprints and the phone-number hashes are always made with
 * the secret store's pepper (version 1) and are counted there. Plain counts, read in the caller's transaction.
 */
@ApplicationScoped
public class PepperUse {

    /** The hashes that carry their pepper's version: table and hash column. */
    static final List<String[]> VERSIONED = List.of(
            new String[] {"auth_challenge", "code_hash"},
            new String[] {"auth_threeds_challenge", "code_hash"},
            new String[] {"auth_gsp_otp", "code_hash"},
            new String[] {"auth_wallet_token", "token_hash"});

    /** The hashes always keyed with the secret store's pepper: table, column and the rows that hold one. */
    static final List<String[]> UNDER_THE_BASE_PEPPER = List.of(
            new String[] {"auth_init_request", "fingerprint", "TRUE"},
            new String[] {"auth_threeds_challenge", "fingerprint", "TRUE"},
            new String[] {"auth_gsp_exchange", "fingerprint", "TRUE"},
            new String[] {"auth_threeds_challenge", "phone_hash", "phone_hash IS NOT NULL"},
            new String[] {"auth_gsp_otp", "destination_hash", "TRUE"},
            new String[] {"auth_send_gate", "destination_hash", "TRUE"},
            new String[] {"auth_wrong_code", "holder_key", "holder_key LIKE 'phone:%'"});

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /** Per known pepper version, newest first: its rows in all and per {@code table.column}; 0 where none. */
    public JsonObject counts(SecretRing<?> peppers, Instant now) {
        Map<Integer, Map<String, Long>> byVersion = new TreeMap<>();
        peppers.newestFirst().forEach(version -> byVersion.put(version.number(), new TreeMap<>()));
        for (String[] hash : VERSIONED) {
            String column = hash[0] + "." + hash[1];
            byVersion.values().forEach(columns -> columns.put(column, 0L));
            for (Object row : entityManager
                    .createNativeQuery("SELECT pepper_version, COUNT(*) FROM " + hash[0] + " GROUP BY pepper_version")
                    .getResultList()) {
                Object[] cells = (Object[]) row;
                byVersion
                        .computeIfAbsent(((Number) cells[0]).intValue(), unknown -> new TreeMap<>())
                        .put(column, ((Number) cells[1]).longValue());
            }
        }
        Map<String, Long> base = byVersion.computeIfAbsent(Rings.BASE_VERSION, unknown -> new TreeMap<>());
        for (String[] hash : UNDER_THE_BASE_PEPPER) {
            Number rows = (Number) entityManager
                    .createNativeQuery("SELECT COUNT(*) FROM " + hash[0] + " WHERE " + hash[2])
                    .getSingleResult();
            base.put(hash[0] + "." + hash[1], rows.longValue());
        }
        JsonArrayBuilder versions = JsonDocuments.json().createArrayBuilder();
        byVersion.entrySet().stream()
                .sorted(Map.Entry.<Integer, Map<String, Long>>comparingByKey().reversed())
                .forEach(version -> {
                    JsonObjectBuilder columns = JsonDocuments.json().createObjectBuilder();
                    version.getValue().forEach(columns::add);
                    versions.add(JsonDocuments.json()
                            .createObjectBuilder()
                            .add("version", version.getKey())
                            .add(
                                    "rows",
                                    version.getValue().values().stream()
                                            .mapToLong(Long::longValue)
                                            .sum())
                            .add("columns", columns));
                });
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("inUse", peppers.current(now).number())
                .add("countedAt", now.toString())
                .add("versions", versions)
                .build();
    }
}
