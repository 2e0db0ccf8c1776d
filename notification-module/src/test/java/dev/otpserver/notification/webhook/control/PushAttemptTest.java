package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.notification.webhook.control.AttemptRecorder.Facts;
import dev.otpserver.notification.webhook.control.Verdict.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class PushAttemptTest {

    private final List<Verdict> recorded = new ArrayList<>();

    @Test
    void unexpectedFailureIsRetriedWithItsClassOnlySinceTheAdminApiShowsTheDetail() {
        PushAttempt attempt = attempt(new WebhookSender() {
            @Override
            public PartnerAnswer send(URI url, String clientId, String notificationId, String body) {
                throw new IllegalStateException("could not format " + body);
            }
        });

        attempt.run(claim("{\"passcode\":\"123456\"}"));

        assertEquals(List.of(new Verdict(Outcome.RETRY, "unexpected: java.lang.IllegalStateException")), recorded);
    }

    @Test
    void aPartnerThatCannotBeReachedIsRetriedWithWhatWentWrongInPlainWords() {
        List<Exception> failures = List.of(
                new ConnectException(),
                new HttpConnectTimeoutException("HTTP connect timed out"),
                new HttpTimeoutException("request timed out"),
                new SSLHandshakeException("PKIX path building failed"),
                new IOException("Connection reset"));

        for (Exception failure : failures) {
            attempt(failingWith(failure)).run(claim("{\"passcode\":\"123456\"}"));
        }

        assertEquals(
                List.of(
                        "the partner's server could not be reached (connection refused or no route)",
                        "no connection to the partner within 5 s",
                        "no answer from the partner within 10 s",
                        "the TLS handshake with the partner failed: PKIX path building failed",
                        "the connection to the partner failed: Connection reset"),
                recorded.stream().map(Verdict::detail).toList());
        assertTrue(recorded.stream().allMatch(verdict -> verdict.outcome() == Outcome.RETRY));
    }

    private static WebhookSender failingWith(Exception failure) {
        return new WebhookSender() {
            @Override
            public PartnerAnswer send(URI url, String clientId, String notificationId, String body) throws IOException {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    private PushAttempt attempt(WebhookSender sender) {
        PushAttempt attempt = new PushAttempt();
        attempt.sender = sender;
        attempt.clients = clientId -> Optional.empty();
        attempt.settings = new WebhookSettings();
        attempt.settings.connectTimeoutSeconds = 5;
        attempt.settings.readTimeoutSeconds = 10;
        attempt.clock = Clock.systemUTC();
        attempt.ledger = new AttemptLedger() {
            @Override
            public void record(Claim claim, Verdict verdict, Facts facts) {
                recorded.add(verdict);
            }
        };
        return attempt;
    }

    private static Claim claim(String body) {
        return new Claim(
                "n-1",
                "token",
                "PARTNER",
                1,
                body,
                Optional.of("http://127.0.0.1:9/notify"),
                Instant.now().plusSeconds(60));
    }
}
