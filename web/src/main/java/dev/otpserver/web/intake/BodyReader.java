package dev.otpserver.web.intake;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Reads one body as it arrives, holding no thread while it waits, and hands on what it got exactly once: the
 * bytes, or a refusal when they are too many or too late, left on the request for the pass that a dispatch
 * starts. A client that goes away costs one log line.
 */
final class BodyReader implements ReadListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(BodyReader.class.getName());
    private static final Duration BACKSTOP = Duration.ofSeconds(30);
    private static final long RETURN_POLL_MILLIS = 1;
    private static final long RETURN_WAIT_LIMIT_NANOS = Duration.ofSeconds(2).toNanos();

    private final AsyncContext async;
    private final IntakeSettings settings;
    private final ScheduledExecutorService timer;
    /** The thread of the original pass, the one that made this reader. */
    private final Thread original = Thread.currentThread();

    private final long startedNanos = System.nanoTime();
    /** What became of the hand-on, for the warning should its dispatch never begin. */
    private volatile String trace = "";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private final AtomicBoolean handedOn = new AtomicBoolean();
    private ServletInputStream in;
    private long declaredLength;
    private volatile ScheduledFuture<?> clock;

    BodyReader(AsyncContext async, IntakeSettings settings, ScheduledExecutorService timer) {
        this.async = async;
        this.settings = settings;
        this.timer = timer;
    }

    /**
     * Starts reading, and the body's clock on {@code timer} rather than the container's async timeout: under a
     * thousand timeouts at once Payara has been seen to finish a response itself while the dispatch that its
     * onTimeout asked for was writing it. The container's timeout stays, far behind, as a backstop.
     */
    void start() throws IOException {
        async.setTimeout(settings.bodyTimeout().plus(BACKSTOP).toMillis());
        // the clock first: every way the body is handed on (the listeners below among them) cancels it
        clock = timer.schedule(this::tooLate, settings.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        async.addListener(this);
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

    /**
     * The container's backstop. A body handed on whose dispatch never began (see {@link #dispatchOnceReturned})
     * gets a 503 here, and a log line, rather than the container's own 500 page.
     */
    @Override
    public void onTimeout(AsyncEvent event) throws IOException {
        if (!handedOn.get()) {
            tooLate();
        } else if (TakenBody.waitingOn(async.getRequest())) {
            LOG.warning(() -> "The container never began the dispatch of a request whose body was taken; answered 503 ("
                    + trace + ")");
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            response.setHeader("Connection", "close");
            response.setHeader("Retry-After", "1");
            IntakeRefusal.notGoneOn().answer(response);
            async.complete();
        }
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
            clock.cancel(false);
            body.attachTo(async.getRequest());
            note("handed on");
            dispatchOrLog(System.nanoTime());
        }
    }

    private void note(String what) {
        trace = (trace.isEmpty() ? "" : trace + "; ") + what + " by "
                + Thread.currentThread().getName() + " at " + (System.nanoTime() - startedNanos) / 1_000_000 + " ms";
    }

    /**
     * Runs on container callbacks and timer tasks, whose exceptions nobody sees (the container hands them to
     * onError, the timer to a future nobody reads): a dispatch that fails is logged here.
     */
    private void dispatchOrLog(long since) {
        try {
            dispatchOnceReturned(since);
        } catch (RuntimeException failed) {
            note("the dispatch failed: " + failed);
            LOG.warning(() -> "A request whose body was taken could not be dispatched: " + failed);
        }
    }

    /**
     * Dispatches the request again, but from another thread only once the original pass has returned to the
     * container: Payara 6 loses a dispatch made from another thread while the original pass is on its way out
     * (its AsyncContextImpl stores the dispatch just after onExitService has looked for one), and the request
     * then waits for the container's async timeout. The original thread may dispatch at any time: within its
     * pass the container runs the dispatch on the way out. Others ask {@code setTimeout}, which the Servlet spec
     * refuses once the original pass has returned, every millisecond (for two seconds at most).
     */
    private void dispatchOnceReturned(long since) {
        if (Thread.currentThread() == original
                || returnedToContainer()
                || System.nanoTime() - since > RETURN_WAIT_LIMIT_NANOS) {
            dispatch();
        } else {
            timer.schedule(() -> dispatchOrLog(since), RETURN_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private boolean returnedToContainer() {
        try {
            async.setTimeout(async.getTimeout());
            return false;
        } catch (IllegalStateException returned) {
            return true;
        }
    }

    private void dispatch() {
        try {
            note("dispatched");
            async.dispatch();
        } catch (IllegalStateException over) {
            LOG.info(() -> "The request ended before its body could go on: " + over.getMessage());
        }
    }

    /** The client went away mid-body: nobody to answer, nothing to report but the fact. */
    private void abandoned(Throwable failure) {
        if (handedOn.compareAndSet(false, true)) {
            clock.cancel(false);
            LOG.info(() -> "Request body abandoned after " + bytes.size() + " bytes: " + failure);
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // the container has ended the cycle itself
            }
        }
    }
}
