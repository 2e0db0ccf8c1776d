package dev.otpserver.systemtest.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SelfDeployedEar;
import dev.otpserver.systemtest.support.WebhookReceiver;
import dev.otpserver.systemtest.support.WebhookReceiver.Behaviour;
import dev.otpserver.systemtest.support.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The notification row is the only retry state: the application stopped in the middle of the schedule
 * (time scale 0.001) and started again makes the remaining deliveries, none lost and none twice.
 */
class PartnerNotificationsSurviveRestartIT extends SelfDeployedEar {

    private static final long LATE_MS = 2_500;

    @Test
    void scheduleGoesOnAfterARestartWithoutLosingOrRepeatingAnAttempt() throws Exception {
        deploy();
        Partner partner = Partner.register();
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.UNKNOWN)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            CardSystem.register().create(CardSystem.challenge(partner.clientId(), CardSystem.freshPhone()));
            assertEquals(4, webhook.await(4, Duration.ofSeconds(15)).size());
            Thread.sleep(500); // the fourth attempt is recorded

            undeploy();
            Thread.sleep(3_000); // the fifth attempt falls due (+4.92 s) while the application is away
            deploy();

            List<Delivery> deliveries = webhook.await(8, Duration.ofSeconds(120));
            Thread.sleep(4_000);
            assertEquals(8, webhook.deliveries().size(), "exactly 8 deliveries across the restart");
            assertEquals(
                    1,
                    deliveries.stream()
                            .map(delivery -> delivery.header("Notification-Id"))
                            .collect(Collectors.toSet())
                            .size());
            long first = deliveries.get(0).receivedAt().toEpochMilli();
            long seventh = deliveries.get(6).receivedAt().toEpochMilli() - first;
            long eighth = deliveries.get(7).receivedAt().toEpochMilli() - first;
            assertTrue(seventh >= 33_420 && seventh <= 33_720 + LATE_MS, "delivery 7 at +" + seventh + " ms");
            assertTrue(eighth >= 87_420 && eighth <= 87_720 + LATE_MS, "delivery 8 at +" + eighth + " ms");
        } finally {
            undeploy();
        }
    }
}
