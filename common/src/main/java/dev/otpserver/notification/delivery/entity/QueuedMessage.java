package dev.otpserver.notification.delivery.entity;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.MessageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One message in the outbox: the only state of its delivery, so that a restart loses nothing. */
@Entity
@Table(name = "ntf_message")
public class QueuedMessage {

    /** The destination of a message whose end user was erased. */
    public static final String ERASED = "";

    @Id
    @Column(name = "message_id")
    private String messageId;

    @Column(name = "client_id")
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private DeliveryChannel channel;

    @Column(name = "destination")
    private String destination;

    @Column(name = "locale")
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private MessageKind kind;

    @Column(name = "sealed_values")
    private String sealedValues;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private MessageStatus status;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "receipt_at")
    private Instant receiptAt;

    /** Its end user was erased while it was queued: the destination goes as soon as the message is final. */
    @Column(name = "erase_destination")
    private boolean eraseDestination;

    protected QueuedMessage() {}

    public QueuedMessage(
            String messageId,
            String clientId,
            DeliveryChannel channel,
            String destination,
            String locale,
            MessageKind kind,
            String sealedValues,
            Instant now) {
        this.messageId = messageId;
        this.clientId = clientId;
        this.channel = channel;
        this.destination = destination;
        this.locale = locale;
        this.kind = kind;
        this.sealedValues = sealedValues;
        this.status = MessageStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void sent(String providerId, Instant now) {
        attempts++;
        status = MessageStatus.SENT;
        providerMessageId = providerId;
        finish(now, null);
    }

    public void failed(String error, Instant now) {
        attempts++;
        status = MessageStatus.FAILED;
        finish(now, error);
    }

    public void retryAt(Instant next, String error) {
        attempts++;
        nextAttemptAt = next;
        lastError = error;
    }

    /**
     * A delivery receipt of the gateway that accepted the message: DELIVERED or UNDELIVERED at {@code doneAt}.
     * Only a SENT message changes, so a late or repeated receipt never undoes a final answer.
     */
    public boolean receipted(boolean delivered, Instant doneAt, String detail) {
        if (status != MessageStatus.SENT) {
            return false;
        }
        status = delivered ? MessageStatus.DELIVERED : MessageStatus.UNDELIVERED;
        receiptAt = doneAt;
        if (!delivered) {
            lastError = detail;
        }
        return true;
    }

    /** A final message keeps no code: the sealed values are dropped; nor the destination of an erased end user. */
    private void finish(Instant now, String error) {
        finishedAt = now;
        lastError = error;
        sealedValues = null;
        if (eraseDestination) {
            destination = ERASED;
            lastError = null;
        }
    }

    public String messageId() {
        return messageId;
    }

    public String clientId() {
        return clientId;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public String destination() {
        return destination;
    }

    public String locale() {
        return locale;
    }

    public MessageKind kind() {
        return kind;
    }

    public String sealedValues() {
        return sealedValues;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> providerMessageId() {
        return Optional.ofNullable(providerMessageId);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> receiptAt() {
        return Optional.ofNullable(receiptAt);
    }
}
