package dev.otpserver.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.WebhookReceiver.Behaviour;
import dev.otpserver.systemtest.WebhookReceiver.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification row is the only retry state: the application stopped in the middle of the schedule
 * (time scale 0.001) and started again makes the remaining deliveries, none lost and none twice.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerNotificationsSurviveRestartIT {

    private static final String EAR = "restartable-notifications";
    private static final long LATE_MS = 2_500;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ServerUnderTest.ear());
    }

    @Test
    void scheduleGoesOnAfterARestartWithoutLosingOrRepeatingAnAttempt() throws Exception {
        deployer.deploy(EAR);
        Partner partner = Partner.register();
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.UNKNOWN)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            CardSystem.register().create(CardSystem.challenge(partner.clientId(), CardSystem.freshPhone()));
            assertEquals(4, webhook.await(4, Duration.ofSeconds(15)).size());
            Thread.sleep(500); // the fourth attempt is recorded

            deployer.undeploy(EAR);
            Thread.sleep(3_000); // the fifth attempt falls due (+4.92 s) while the application is away
            deployer.deploy(EAR);

            List<Delivery> deliveries = webhook.await(8, Duration.ofSeconds(120));
            Thread.sleep(4_000);
            assertEquals(8, webhook.deliveries().size(), "exactly 8 deliveries across the restart");
            assertEquals(1, deliveries.stream().map(delivery -> delivery.header("Notification-Id")).collect(Collectors.toSet()).size());
            long first = deliveries.get(0).receivedAt().toEpochMilli();
            long seventh = deliveries.get(6).receivedAt().toEpochMilli() - first;
            long eighth = deliveries.get(7).receivedAt().toEpochMilli() - first;
            assertTrue(seventh >= 33_420 && seventh <= 33_720 + LATE_MS, "delivery 7 at +" + seventh + " ms");
            assertTrue(eighth >= 87_420 && eighth <= 87_720 + LATE_MS, "delivery 8 at +" + eighth + " ms");
        } finally {
            deployer.undeploy(EAR);
        }
    }
}
