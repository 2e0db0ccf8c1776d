package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.notification.InvalidDestinationException;
import dev.otpserver.common.notification.MessageOutbox;
import dev.otpserver.common.notification.OutboundMessage;
import dev.otpserver.common.secret.SealingKeys;
import dev.otpserver.notification.delivery.control.MessageQueued;
import dev.otpserver.notification.delivery.control.MessageStore;
import dev.otpserver.notification.delivery.control.TemplateValues;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

/**
 * Queues messages in the caller's transaction, with their template values sealed at rest; sent once it commits.
 * A CDI bean that requires the caller's transaction, not an EJB: an EJB's invocation cost every code issued.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox implements MessageOutbox {

    @Inject
    MessageStore store;

    @Inject
    SealingKeys sealingKey;

    @Inject
    Clock clock;

    @Inject
    Event<MessageQueued> queued;

    @Override
    public String enqueue(OutboundMessage message) {
        if (!Destinations.valid(message.channel(), message.destination())) {
            throw new InvalidDestinationException(message.channel());
        }
        String messageId = UUID.randomUUID().toString();
        store.add(new QueuedMessage(
                messageId,
                message.clientId(),
                message.channel(),
                message.destination(),
                message.locale(),
                message.kind(),
                sealingKey.seal(TemplateValues.toJson(message.values())),
                clock.instant()));
        queued.fire(new MessageQueued(messageId));
        return messageId;
    }

    @Override
    public void eraseDestinations(Collection<String> destinations) {
        if (!destinations.isEmpty()) {
            store.eraseDestinations(destinations);
        }
    }
}
