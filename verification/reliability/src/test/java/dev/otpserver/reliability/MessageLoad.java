package dev.otpserver.reliability;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests that each queue one message, sent by a few threads until stopped: wallet initAuthentication by
 * EMAIL and by SMS, and 3DS createChallenge for a partner whose notifications are ON (a webhook delivery).
 */
final class MessageLoad {

    private final Partner wallet;
    private final Queue<Recipient> recipients;
    private final CardSystem cards;
    private final String cardPartnerId;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private volatile boolean running = true;
    private ExecutorService threads;

    MessageLoad(Partner wallet, Queue<Recipient> recipients, CardSystem cards, String cardPartnerId) {
        this.wallet = wallet;
        this.recipients = recipients;
        this.cards = cards;
        this.cardPartnerId = cardPartnerId;
    }

    void start(int threadCount) {
        threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.execute(this::sendUntilStopped);
        }
    }

    List<Sent> stop() {
        running = false;
        threads.shutdown();
        try {
            threads.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ArrayList<>(sent);
    }

    private void sendUntilStopped() {
        while (running) {
            Sent one = sendOne();
            sent.add(one);
            // a little apart, so that the wallet's recipients last until the kill; longer while the server is down
            PayaraServer.pause(Duration.ofMillis(one.accepted() ? 40 : 100));
        }
    }

    /** Recipients not yet used: a load that still has some when the server is killed was sending wallet requests too. */
    int recipientsLeft() {
        return recipients.size();
    }

    private Sent sendOne() {
        Recipient recipient = turn.incrementAndGet() % 3 == 0 ? null : recipients.poll();
        return recipient == null ? challenge() : initAuthentication(recipient);
    }

    private Sent initAuthentication(Recipient recipient) {
        Instant at = Instant.now();
        boolean accepted =
                succeeded(() -> Wallet.init(wallet, Fresh.id("rel"), recipient.channel(), recipient.walletToken())
                        .send());
        return new Sent(recipient.channel(), recipient.address(), at, accepted);
    }

    private Sent challenge() {
        Instant at = Instant.now();
        String assetId = Fresh.id("ASSET");
        boolean accepted = succeeded(() ->
                cards.create(CardSystem.challenge(cardPartnerId, Fresh.phone()).add("assetId", assetId)));
        return new Sent("WEBHOOK", assetId, at, accepted);
    }

    private static boolean succeeded(java.util.function.Supplier<GatewayAnswer> call) {
        try {
            GatewayAnswer answer = call.get();
            return answer.status() == 200 && "SUCCESS".equals(answer.resultCode());
        } catch (RuntimeException noAnswer) {
            return false; // refused or cut off by the kill: not accepted, whatever the server did with it
        }
    }
}
