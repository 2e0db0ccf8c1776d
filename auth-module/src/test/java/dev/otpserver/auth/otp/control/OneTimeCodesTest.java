package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.auth.otp.control.OneTimeCodes.Fresh;
import dev.otpserver.common.secret.KeyedHash;
import dev.otpserver.common.secret.Peppers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final OtpPolicy EIGHT_DIGITS_FOR_TEN_MINUTES =
            new OtpPolicy(8, Duration.ofMinutes(10), 3, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), 6000);

    @Test
    void anIssuedCodeFollowsThePolicyAndKeepsOnlyTheHashOfItsValue() {
        Fresh fresh = codes().issue(EIGHT_DIGITS_FOR_TEN_MINUTES, NOW);

        assertTrue(fresh.value().matches("\\d{8}"), fresh.value());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), fresh.code().expiresAt());
        assertEquals(3, fresh.code().maxAttempts());
        assertFalse(fresh.code().codeHash().contains(fresh.value()));
        assertTrue(hasher().matches(fresh.codeId(), fresh.value(), fresh.code().keyedHash()));
    }

    @Test
    void everyIssuedCodeHasAnIdOfItsOwnThatItsHashIsBoundTo() {
        OneTimeCodes codes = codes();
        Fresh first = codes.issue(EIGHT_DIGITS_FOR_TEN_MINUTES, NOW);
        Fresh second = codes.issue(EIGHT_DIGITS_FOR_TEN_MINUTES, NOW);

        assertNotEquals(first.codeId(), second.codeId());
        assertFalse(
                hasher().matches(second.codeId(), first.value(), first.code().keyedHash()));
    }

    @Test
    void theMessageCarriesTheValueItsLifetimeAndWhoAsks() {
        Fresh fresh = codes().issue(EIGHT_DIGITS_FOR_TEN_MINUTES, NOW);

        assertEquals(
                Map.of("code", fresh.value(), "lifetimeMinutes", "10", "clientName", "Demo Shop"),
                fresh.messageValues("Demo Shop"));
        assertFalse(fresh.toString().contains(fresh.value()));
    }

    private static OneTimeCodes codes() {
        OneTimeCodes codes = new OneTimeCodes();
        codes.generator = new CodeGenerator();
        codes.hasher = hasher();
        return codes;
    }

    /** A pepper of version 1 that is the parts themselves, joined: enough to see what is bound to what. */
    private static CodeHasher hasher() {
        CodeHasher hasher = new CodeHasher();
        hasher.peppers = new Peppers() {
            @Override
            public KeyedHash hash(String... parts) {
                return new KeyedHash(1, hash(1, parts));
            }

            @Override
            public String hash(int version, String... parts) {
                return Integer.toHexString(String.join("|", parts).hashCode());
            }
        };
        return hasher;
    }
}
