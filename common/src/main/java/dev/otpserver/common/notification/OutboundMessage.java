package dev.otpserver.common.notification;

import java.util.Map;

/**
 * A message for an end user, as a module hands it over.
 *
 * @param clientId    the partner on whose behalf it is sent (sender name, templates)
 * @param destination an email address or an E.164 phone number, as the channel wants
 * @param locale      the user's language tag, e.g. {@code en} or {@code fr-FR}
 * @param values      what the template fills in; may hold a live code, so never log them
 */
public record OutboundMessage(
        String clientId,
        DeliveryChannel channel,
        String destination,
        String locale,
        MessageKind kind,
        Map<String, String> values) {

    public OutboundMessage {
        values = Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + kind + " by " + channel + " for client " + clientId + "]";
    }
}
