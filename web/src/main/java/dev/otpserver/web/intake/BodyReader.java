package dev.otpserver.web.intake;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Reads one body as it arrives, holding no thread while it waits, and hands on what it got exactly once: the
 * bytes, or a refusal when they are too many or too late. A client that goes away costs one
 * log line.
 */
final class BodyReader implements ReadListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(BodyReader.class.getName());
    private static final Duration BACKSTOP = Duration.ofSeconds(30);

    private final AsyncContext async;
    private final IntakeSettings settings;
    private final Consumer<TakenBody> next;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private final AtomicBoolean handedOn = new AtomicBoolean();
    private ServletInputStream in;
    private long declaredLength;

    BodyReader(AsyncContext async, IntakeSettings settings, Consumer<TakenBody> next) {
        this.async = async;
        this.settings = settings;
        this.next = next;
    }

    /**
     * Starts reading, and the body's clock on {@code timer} rather than the container's async timeout: under a
     * thousand timeouts at once Payara has been seen to finish a response itself while the dispatch that its
     * onTimeout asked for was writing it. The container's timeout stays, far behind, as a backstop.
     */
    void start(ScheduledExecutorService timer) throws IOException {
        async.setTimeout(settings.bodyTimeout().plus(BACKSTOP).toMillis());
        async.addListener(this);
        timer.schedule(this::tooLate, settings.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        declaredLength = async.getRequest().getContentLengthLong();
        in = async.getRequest().getInputStream();
        in.setReadListener(this);
    }

    /**
     * Reads what has come. The end of the body is taken from the read itself (end of stream, or the declared
     * length reached) as well as from {@link #onAllDataRead}: Grizzly has been seen not to call it when the
     * last bytes were read here.
     */
    @Override
    public void onDataAvailable() throws IOException {
        while (!handedOn.get() && in.isReady()) {
            int read = in.read(buffer);
            if (read < 0) {
                onAllDataRead();
                return;
            }
            if (bytes.size() + read > settings.maxBodyBytes()) {
                handOn(TakenBody.refused(IntakeRefusal.tooLarge(settings.maxBodyBytes())));
                return;
            }
            bytes.write(buffer, 0, read);
            if (bytes.size() == declaredLength || in.isFinished()) {
                onAllDataRead();
                return;
            }
        }
    }

    @Override
    public void onAllDataRead() {
        handOn(TakenBody.of(bytes.toByteArray()));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        tooLate();
    }

    private void tooLate() {
        handOn(TakenBody.refused(IntakeRefusal.tooSlow(settings.bodyTimeout().toSeconds())));
    }

    @Override
    public void onError(Throwable failure) {
        abandoned(failure);
    }

    @Override
    public void onError(AsyncEvent event) {
        abandoned(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // nothing to release: the bytes go with the request
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    private void handOn(TakenBody body) {
        if (handedOn.compareAndSet(false, true)) {
            next.accept(body);
        }
    }

    /** The client went away mid-body: nobody to answer, nothing to report but the fact. */
    private void abandoned(Throwable failure) {
        if (handedOn.compareAndSet(false, true)) {
            LOG.info(() -> "Request body abandoned after " + bytes.size() + " bytes: " + failure);
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // the container has ended the cycle itself
            }
        }
    }
}
