package dev.otpserver.auth.user.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.control.WalletTokens;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.auth.user.entity.WalletToken;
import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.notification.MessageOutbox;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** What admins do with end users and wallet tokens; each change is audited (who, what, when) without secrets. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class UserAdmin {
    private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(30);

    @Inject
    UserStore users;

    @Inject
    WalletTokens tokens;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    @Inject
    MessageOutbox outbox;

    public UserView create(UserForm form) {
        String userId = form.userId() == null || form.userId().isBlank()
                ? UUID.randomUUID().toString()
                : form.userId().trim();
        if (userId.length() > 64) {
            throw badRequest("userId must be at most 64 characters.");
        }
        if (users.find(userId).isPresent()) {
            throw conflict("A user " + userId + " exists already.");
        }
        EndUser user = new EndUser(
                userId,
                status(form.status()),
                email(form.email()),
                phone(form.phone()),
                locale(form.locale()),
                clock.instant());
        users.add(user);
        audit.record("created user " + userId);
        return UserView.of(user);
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public UserView find(String userId) {
        return UserView.of(user(userId));
    }

    public UserView replace(String userId, UserForm form) {
        EndUser user = user(userId);
        if (!user.exists()) {
            throw notFound("No user " + userId + ".");
        }
        user.update(status(form.status()), email(form.email()), phone(form.phone()), locale(form.locale()));
        audit.record("updated user " + userId + " (status " + user.status() + ")");
        return UserView.of(user);
    }

    /**
     * Erases the user's contact data, here and in every message sent or queued to it; the user is answered
     * USER_NOT_EXIST from now on.
     */
    public void delete(String userId) {
        EndUser user = user(userId);
        outbox.eraseDestinations(
                Stream.of(user.email(), user.phone()).flatMap(Optional::stream).toList());
        user.erase();
        audit.record("deleted user " + userId);
    }

    public TokenView issueToken(String userId, TokenForm form) {
        user(userId);
        if (form == null
                || form.clientId() == null
                || clients.find(form.clientId()).isEmpty()) {
            throw badRequest("clientId must name a registered client.");
        }
        long seconds = form.validForSeconds() == null ? DEFAULT_TOKEN_LIFETIME.toSeconds() : form.validForSeconds();
        if (seconds < 60 || seconds > Duration.ofDays(3650).toSeconds()) {
            throw badRequest("validForSeconds must be between 60 and 315360000.");
        }
        String value = tokens.newToken();
        Instant now = clock.instant();
        WalletToken token = new WalletToken(tokens.hash(value), userId, form.clientId(), now.plusSeconds(seconds), now);
        users.add(token);
        audit.record(
                "issued wallet token " + token.tokenHash() + " of user " + userId + " for client " + form.clientId());
        return TokenView.issued(token, value);
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public List<TokenView> tokensOf(String userId) {
        user(userId);
        return users.tokensOf(userId).stream().map(TokenView::of).toList();
    }

    public void revokeToken(String userId, String tokenId) {
        WalletToken token = users.token(tokenId)
                .filter(candidate -> candidate.userId().equals(userId))
                .orElseThrow(() -> notFound("No wallet token " + tokenId + " for user " + userId + "."));
        token.revoke(clock.instant());
        audit.record("revoked wallet token " + tokenId + " of user " + userId);
    }

    private EndUser user(String userId) {
        return users.find(userId).orElseThrow(() -> notFound("No user " + userId + "."));
    }

    private static UserStatus status(String status) {
        if (status == null || status.isBlank()) {
            return UserStatus.NORMAL;
        }
        if (!status.equals("NORMAL") && !status.equals("FROZEN")) {
            throw badRequest("status must be NORMAL or FROZEN.");
        }
        return UserStatus.valueOf(status);
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (!Destinations.valid(DeliveryChannel.EMAIL, email)) {
            throw badRequest("email is not a valid email address.");
        }
        return email;
    }

    private static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (!Destinations.valid(DeliveryChannel.SMS, phone)) {
            throw badRequest("phone must be an E.164 number such as +14155550123.");
        }
        return phone;
    }

    private static String locale(String locale) {
        if (locale == null || locale.isBlank()) {
            return "en";
        }
        try {
            return new Locale.Builder().setLanguageTag(locale).build().toLanguageTag();
        } catch (IllformedLocaleException malformed) {
            throw badRequest("locale must be a language tag such as en or fr-FR.");
        }
    }
}
