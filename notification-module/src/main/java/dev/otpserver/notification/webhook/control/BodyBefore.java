package dev.otpserver.notification.webhook.control;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The whole body of an answer as bytes, or a timeout once the deadline ({@link System#nanoTime()}) passes:
 * a partner that sends its headers and then stalls must not hold an attempt past its lease. The read is
 * cancelled then, which closes the connection.
 */
final class BodyBefore implements BodyHandler<byte[]> {

    private final long deadline;

    BodyBefore(long deadline) {
        this.deadline = deadline;
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
        return new Bounded(BodySubscribers.ofByteArray(), Math.max(0, deadline - System.nanoTime()));
    }

    private static final class Bounded implements BodySubscriber<byte[]> {

        private final BodySubscriber<byte[]> whole;
        private final CompletableFuture<byte[]> body;
        private volatile Flow.Subscription subscription;

        Bounded(BodySubscriber<byte[]> whole, long remainingNanos) {
            this.whole = whole;
            this.body = whole.getBody()
                    .toCompletableFuture()
                    .orTimeout(remainingNanos, TimeUnit.NANOSECONDS)
                    .handle(this::cancelOnFailure);
        }

        private byte[] cancelOnFailure(byte[] bytes, Throwable failure) {
            if (failure == null) {
                return bytes;
            }
            if (subscription != null) {
                subscription.cancel();
            }
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            throw new CompletionException(
                    cause instanceof TimeoutException
                            ? new HttpTimeoutException("the answer's body did not come within the attempt's bound")
                            : cause);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            whole.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            whole.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            whole.onError(throwable);
        }

        @Override
        public void onComplete() {
            whole.onComplete();
        }
    }
}
