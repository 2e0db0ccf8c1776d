package dev.otpserver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.CardSystem;
import dev.otpserver.systemtest.Partner;
import dev.otpserver.systemtest.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server JVM killed with SIGKILL while requests pour in, then started again: every request answered
 * SUCCESS before the kill has its message delivered (email, SMS, partner webhook), and none twice, except a
 * copy whose sending the kill cut short before the server could record it (the outbox is at least once).
 */
@ExtendWith(TestBedExtension.class)
class ServerKilledMidLoadTest {

    private static final int KILLS = Integer.getInteger("reliability.kills", 3);
    private static final int USERS_PER_ROUND = 250;
    private static final int THREADS = 4;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(12);
    private static final Duration LOAD_AFTER_KILL = Duration.ofSeconds(2);
    private static final Duration DELIVERY_WAIT = Duration.ofMinutes(3);
    /** Longer than the claim lease of a notification cut short by the kill (10 s), so a late second copy shows. */
    private static final Duration SETTLE = Duration.ofSeconds(15);

    @Test
    void everyAcceptedMessageIsDeliveredOnceAcrossKills(TestBed bed) {
        Partner wallet = Partner.register();
        Partner cardPartner = Partner.register();
        CardSystem cards = CardSystem.register();
        try (WebhookReceiver webhook = new WebhookReceiver(cardPartner, WebhookReceiver.Behaviour.ACK)) {
            cardPartner.notifiedAt(webhook.url()).preferenceOn();
            List<Sent> sent = new ArrayList<>();
            List<Instant> kills = new ArrayList<>();
            StringBuilder restarts = new StringBuilder();
            for (int round = 1; round <= KILLS; round++) {
                MessageLoad load = new MessageLoad(wallet, Recipient.create(wallet.clientId(), USERS_PER_ROUND), cards, cardPartner.clientId());
                load.start(THREADS);
                PayaraServer.pause(LOAD_BEFORE_KILL);
                int recipientsLeft = load.recipientsLeft();
                kills.add(Instant.now());
                bed.payara.kill();
                PayaraServer.pause(LOAD_AFTER_KILL);
                sent.addAll(load.stop());
                restarts.append("kill ").append(round).append(" (wallet recipients left unused at the kill: ").append(recipientsLeft)
                        .append("): ").append(bed.restart()).append('\n');
            }
            Deliveries delivered = awaitDeliveries(bed, webhook, sent);
            List<DeliveryTally> tallies = DeliveryTally.CHANNELS.stream().map(channel -> DeliveryTally.of(channel, sent, delivered, kills)).toList();
            Figures.print("Server killed mid-load: " + KILLS + " SIGKILLs", restarts
                    + tallies.stream().map(DeliveryTally::line).collect(Collectors.joining("\n")) + "\n"
                    + tallies.stream().map(DeliveryTally::details).collect(Collectors.joining()));

            for (DeliveryTally tally : tallies) {
                assertTrue(tally.accepted() > 0, tally.channel() + ": the load got no SUCCESS");
                assertEquals(List.of(), tally.lost(), tally.channel() + ": accepted but never delivered");
                assertEquals(List.of(), tally.duplicates(), tally.channel() + ": delivered twice though not in flight at a kill");
            }
        }
    }

    /** Waits until every accepted request's message has arrived, then a little longer for any late second copy. */
    static Deliveries awaitDeliveries(TestBed bed, WebhookReceiver webhook, List<Sent> sent) {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (Instant.now().isBefore(deadline) && !allArrived(Deliveries.collect(bed.mail, webhook), sent)) {
            PayaraServer.pause(Duration.ofSeconds(1));
        }
        PayaraServer.pause(SETTLE);
        return Deliveries.collect(bed.mail, webhook);
    }

    private static boolean allArrived(Deliveries delivered, List<Sent> sent) {
        return sent.stream().filter(Sent::accepted).noneMatch(one -> delivered.to(one.channel(), one.address()).isEmpty());
    }
}
