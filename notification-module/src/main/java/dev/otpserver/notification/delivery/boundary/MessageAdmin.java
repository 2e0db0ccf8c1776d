package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.notification.delivery.control.MessageQueries;
import dev.otpserver.notification.delivery.entity.MessageStatus;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Delivery status for admins: one message with its attempts, and counts by status. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class MessageAdmin {

    @Inject
    MessageQueries queries;

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public MessageView message(String messageId) {
        return queries.message(messageId)
                .map(message -> MessageView.of(message, queries.attempts(messageId)))
                .orElseThrow(() -> AdminProblem.notFound("No message " + messageId + "."));
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public List<MessageView> latest(String clientId, String status, int limit) {
        if (limit < 1 || limit > 500) {
            throw AdminProblem.badRequest("limit must be between 1 and 500.");
        }
        return queries
                .latest(
                        Optional.ofNullable(clientId),
                        Optional.ofNullable(status).map(MessageAdmin::status),
                        limit)
                .stream()
                .map(message -> MessageView.of(message, List.of()))
                .toList();
    }

    private static MessageStatus status(String status) {
        try {
            return MessageStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw AdminProblem.badRequest("status must be one of " + Arrays.toString(MessageStatus.values()) + ".");
        }
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public Map<String, Long> counts() {
        return queries.counts();
    }
}
