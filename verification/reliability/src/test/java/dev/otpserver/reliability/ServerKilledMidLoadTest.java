package dev.otpserver.reliability;

import java.time.Duration;
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
    private static final Duration LOAD_AFTER_KILL = Duration.ofSeconds(2);

    @Test
    void everyAcceptedMessageIsDeliveredOnceAcrossKills(TestBed bed) {
        KillsUnderLoad.deliverEverything(
                bed,
                "Server killed mid-load: " + KILLS + " SIGKILLs",
                KILLS,
                LOAD_AFTER_KILL,
                round -> bed.payara.kill(),
                round -> bed.restart());
    }
}
