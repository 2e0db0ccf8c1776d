package dev.otpserver.auth.user.boundary;

import dev.otpserver.auth.user.entity.EndUser;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An end user as the admin API shows it. */
@JsonbPropertyOrder({"userId", "status", "email", "phone", "locale", "createdAt"})
public record UserView(String userId, String status, String email, String phone, String locale, String createdAt) {

    static UserView of(EndUser user) {
        return new UserView(
                user.userId(),
                user.status().name(),
                user.email().orElse(null),
                user.phone().orElse(null),
                user.locale(),
                user.createdAt().toString());
    }
}
