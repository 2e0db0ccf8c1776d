package dev.otpserver.web.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reader hands a body on with a dispatch that no container can lose: from the original thread within its
 * pass, from any other only once the pass has returned (Payara 6 drops a dispatch made in between).
 */
class BodyReaderTest {

    private static final byte[] BODY = "{\"userId\":\"u-1\"}".getBytes(StandardCharsets.UTF_8);

    private final ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(1);
    private final Container container = new Container(BODY.length);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void aBodyAlreadyThereIsDispatchedByTheOriginalThreadWithinItsPass() throws Exception {
        container.input.arrive(BODY);

        reader().start();

        assertSame(Thread.currentThread(), container.dispatchedBy.getNow(null));
        assertArrayEquals(BODY, TakenBody.takeFrom(container.request).bytes());
    }

    @Test
    void aBodyThatArrivesOnAnotherThreadIsDispatchedOnlyOnceTheOriginalPassHasReturned() throws Exception {
        reader().start();

        CompletableFuture.runAsync(() -> container.input.arrive(BODY)).get(5, TimeUnit.SECONDS);
        Thread.sleep(100);
        assertFalse(container.dispatchedBy.isDone(), "dispatched while the original pass had not returned");
        container.returnFromOriginalPass();

        Thread dispatcher = container.dispatchedBy.get(5, TimeUnit.SECONDS);
        assertNotSame(Thread.currentThread(), dispatcher);
        assertArrayEquals(BODY, TakenBody.takeFrom(container.request).bytes());
    }

    @Test
    void aBodyThatArrivesAfterThePassReturnedIsDispatchedAtOnce() throws Exception {
        reader().start();
        container.returnFromOriginalPass();

        CompletableFuture.runAsync(() -> container.input.arrive(BODY)).get(5, TimeUnit.SECONDS);

        assertTrue(container.dispatchedBy.isDone());
    }

    @Test
    void aDispatchThatNeverBeganIsAnswered503AtTheContainersTimeout() throws Exception {
        BodyReader reader = handedOnAndReturned();

        reader.onTimeout(new AsyncEvent(container.async));

        assertEquals(503, container.status);
        assertEquals("1", container.headers.get("Retry-After"));
        assertTrue(container.body.toString(StandardCharsets.UTF_8).contains("\"status\":503"));
        assertTrue(container.completed);
    }

    @Test
    void aDispatchThatBeganIsLeftAloneAtTheContainersTimeout() throws Exception {
        BodyReader reader = handedOnAndReturned();
        TakenBody.takeFrom(container.request);

        reader.onTimeout(new AsyncEvent(container.async));

        assertEquals(0, container.status);
        assertFalse(container.completed);
    }

    @Test
    void aBodyThatNeverComesIsRefusedByTheIntakesOwnClock() throws Exception {
        reader().start();
        container.returnFromOriginalPass();

        container.dispatchedBy.get(5, TimeUnit.SECONDS);

        TakenBody taken = TakenBody.takeFrom(container.request);
        assertEquals(408, taken.refusal().httpStatus());
        assertNull(TakenBody.takeFrom(container.request));
    }

    /** A body that came with the original pass, handed on, and the pass returned to the container. */
    private BodyReader handedOnAndReturned() throws IOException {
        BodyReader reader = reader();
        container.input.arrive(BODY);
        reader.start();
        container.returnFromOriginalPass();
        return reader;
    }

    private BodyReader reader() {
        IntakeSettings settings = new IntakeSettings();
        settings.maxBodyBytes = 1024;
        settings.bodyTimeoutSeconds = 1;
        return new BodyReader(container.async, settings, timer);
    }

    /** A servlet container as the spec describes it: setTimeout is refused once the original pass returned. */
    private static final class Container {

        final CompletableFuture<Thread> dispatchedBy = new CompletableFuture<>();
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final Input input = new Input();
        final ServletRequest request;
        final AsyncContext async;
        volatile boolean returned;
        volatile boolean completed;
        int status;

        Container(long contentLength) {
            request = proxy(ServletRequest.class, (method, args) -> switch (method) {
                case "getContentLengthLong" -> contentLength;
                case "getInputStream" -> input;
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "removeAttribute" -> attributes.remove((String) args[0]);
                default -> throw new UnsupportedOperationException(method);
            });
            HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> switch (method) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType", "setContentLength" -> null;
                case "getOutputStream" -> new Output(body);
                default -> throw new UnsupportedOperationException(method);
            });
            async = proxy(AsyncContext.class, (method, args) -> switch (method) {
                case "getRequest" -> request;
                case "getResponse" -> response;
                case "getTimeout" -> 0L;
                case "setTimeout" -> {
                    if (returned) {
                        throw new IllegalStateException("the original pass has returned");
                    }
                    yield null;
                }
                case "addListener" -> null;
                case "dispatch" -> dispatchedBy.complete(Thread.currentThread());
                case "complete" -> completed = true;
                default -> throw new UnsupportedOperationException(method);
            });
        }

        void returnFromOriginalPass() {
            returned = true;
        }
    }

    /** A body stream that tells its listener when bytes arrive, at once if they are there when it is set. */
    private static final class Input extends ServletInputStream {

        private byte[] arrived = new byte[0];
        private int read;
        private ReadListener listener;

        synchronized void arrive(byte[] bytes) {
            arrived = bytes;
            notifyListener();
        }

        @Override
        public synchronized void setReadListener(ReadListener listener) {
            this.listener = listener;
            if (arrived.length > 0) {
                notifyListener();
            }
        }

        private void notifyListener() {
            if (listener != null) {
                try {
                    listener.onDataAvailable();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public synchronized boolean isReady() {
            return read < arrived.length;
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            int count = Math.min(length, arrived.length - read);
            System.arraycopy(arrived, read, into, offset, count);
            read += count;
            return count;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Output extends ServletOutputStream {

        private final ByteArrayOutputStream into;

        Output(ByteArrayOutputStream into) {
            this.into = into;
        }

        @Override
        public void write(int b) {
            into.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                BodyReaderTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
