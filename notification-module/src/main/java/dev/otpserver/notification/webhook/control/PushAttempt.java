package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.gateway.PartnerKeys;
import dev.otpserver.notification.webhook.control.AttemptRecorder.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Makes one claimed attempt: send, judge the answer, record. Runs on a thread of its own, outside any transaction. */
@ApplicationScoped
public class PushAttempt {

    private static final Logger LOG = Logger.getLogger(PushAttempt.class.getName());

    @Inject
    WebhookSender sender;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    AttemptLedger ledger;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    public void run(Claim claim) {
        Instant started = clock.instant();
        long sending = System.nanoTime();
        if (!claim.leaseCovers(started, settings.attemptBound())) {
            // Started too late (a busy executor): another node may take it over meanwhile, so sending now could
            // deliver it twice. Its lease lapses and it is claimed again.
            LOG.warning(() -> claim + " started too late in its lease; left to be claimed again");
            return;
        }
        Integer httpStatus = null;
        Verdict verdict;
        try {
            if (claim.notifyUrl().isEmpty()) {
                verdict = Verdict.retry("the partner has no notify URL");
            } else if (claim.body().isEmpty()) {
                verdict = Verdict.retry("the passcode was scrubbed");
            } else {
                URI url = URI.create(claim.notifyUrl().get());
                // Everything the verdict needs is at hand before the send, so that an acknowledged attempt is
                // recorded as soon as possible: a crash in between makes it go out again.
                Map<Integer, PublicKey> partnerKeys = keysOf(claim.clientId());
                PartnerAnswer answer = sender.send(url, claim.clientId(), claim.notificationId(), claim.body());
                httpStatus = answer.status();
                verdict = AckVerifier.judge(answer, WebhookSender.pathOf(url), claim.clientId(), partnerKeys);
            }
        } catch (IOException | IllegalArgumentException failed) {
            verdict = Verdict.retry(Unreached.why(failed, settings));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Attempt " + claim + " failed unexpectedly", unexpected);
            // the admin API shows the detail; the exception's text could quote the body, so only its class
            verdict = Verdict.retry("unexpected: " + unexpected.getClass().getName());
        }
        ledger.record(claim, verdict, new Facts(started, httpStatus, Duration.ofNanos(System.nanoTime() - sending)));
    }

    private Map<Integer, PublicKey> keysOf(String clientId) {
        return clients.find(clientId)
                .filter(PartnerKeys::active)
                .map(PartnerKeys::keysByVersion)
                .orElse(Map.of());
    }
}
