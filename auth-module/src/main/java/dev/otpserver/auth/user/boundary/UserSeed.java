package dev.otpserver.auth.user.boundary;

import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.control.WalletTokens;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.auth.user.entity.WalletToken;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.common.seed.SeedSettings;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Registers the demo users and wallet tokens of the seed file ({@code "users"}) at startup; adds what is
 * missing and never overwrites. Tokens are stored hashed, as any other.
 */
@Stateless
public class UserSeed {

    private static final Logger LOG = Logger.getLogger(UserSeed.class.getName());

    @Inject
    SeedSettings settings;

    @Inject
    UserStore users;

    @Inject
    WalletTokens tokens;

    @Inject
    Clock clock;

    public void seed(@Observes SchemaMigrated migrated) {
        settings.seedFile()
                .ifPresent(file -> read(file)
                        .getJsonArray("users")
                        .getValuesAs(JsonObject.class)
                        .forEach(this::register));
    }

    private void register(JsonObject user) {
        String userId = user.getString("userId");
        Instant now = clock.instant();
        if (users.find(userId).isEmpty()) {
            users.add(new EndUser(
                    userId,
                    UserStatus.valueOf(user.getString("status", "NORMAL")),
                    user.getString("email", null),
                    user.getString("phone", null),
                    user.getString("locale", "en"),
                    now));
            LOG.info(() -> "Seeded user " + userId);
        }
        for (JsonObject token : user.getJsonArray("walletTokens").getValuesAs(JsonObject.class)) {
            String value = token.getString("token");
            if (tokens.storedHashes(value).stream()
                    .allMatch(hash -> users.token(hash).isEmpty())) {
                Duration validity = Duration.ofDays(Long.parseLong(token.getString("validDays", "3650")));
                users.add(new WalletToken(
                        tokens.hash(value), userId, token.getString("clientId"), now.plus(validity), now));
            }
        }
    }

    private static JsonObject read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = JsonDocuments.json().createReader(in)) {
            JsonObject seed = json.readObject();
            return seed.containsKey("users")
                    ? seed
                    : JsonDocuments.json()
                            .createObjectBuilder(seed)
                            .add("users", JsonDocuments.json().createArrayBuilder())
                            .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed file " + file, e);
        }
    }
}
