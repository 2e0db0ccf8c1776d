package dev.otpserver.notification.sms.control;

import dev.otpserver.notification.delivery.control.DeliveryFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * The one long-lived transceiver session with the SMSC: bound on start, kept alive by enquire_link, bound again
 * after a delay when it is lost, and bound on demand by a send that finds it down. Every wait is bounded by the
 * connect and response timeouts.
 */
final class SmppLink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmppLink.class.getName());

    private final SmppSettings settings;
    private final MessageReceiverListener listener;
    private final ScheduledExecutorService rebinder;
    private final AtomicBoolean rebindPending = new AtomicBoolean();
    private SMPPSession session;
    private volatile boolean closed;

    /**
     * Rebinds on a thread of its own from {@code threads}: a bind can wait for the connect and response timeouts
     * together, and a thread shared with other work (the server's default scheduled executor has one on Payara)
     * would hold all of that work up meanwhile.
     */
    SmppLink(SmppSettings settings, MessageReceiverListener listener, ThreadFactory threads) {
        this.settings = settings;
        this.listener = listener;
        this.rebinder = Executors.newSingleThreadScheduledExecutor(threads);
    }

    void start() {
        rebindLater(0);
    }

    /** The bound session, binding it first if needed; a failure to bind is transient. */
    synchronized SMPPSession session() throws DeliveryFailure {
        if (closed) {
            throw new DeliveryFailure("The SMPP gateway is closed", false, null);
        }
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        if (session != null) {
            session.close();
        }
        session = bind();
        return session;
    }

    private SMPPSession bind() throws DeliveryFailure {
        SMPPSession fresh = new SMPPSession((host, port) -> {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), (int)
                    settings.connectTimeout().toMillis());
            return new SocketConnection(socket);
        });
        fresh.setTransactionTimer(settings.responseTimeout().toMillis());
        fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
        fresh.setMessageReceiverListener(listener);
        try {
            fresh.connectAndBind(
                    settings.host(),
                    settings.port(),
                    new BindParameter(
                            BindType.BIND_TRX,
                            settings.systemId(),
                            settings.password(),
                            settings.systemType(),
                            TypeOfNumber.UNKNOWN,
                            NumberingPlanIndicator.UNKNOWN,
                            null),
                    settings.responseTimeout().toMillis());
        } catch (IOException unreachable) {
            fresh.close();
            throw new DeliveryFailure(
                    "Cannot bind to the SMSC at " + settings.host() + ":" + settings.port() + ": "
                            + unreachable.getMessage(),
                    false,
                    unreachable);
        }
        fresh.addSessionStateListener((now, before, source) -> {
            if (now == SessionState.CLOSED && !closed) {
                LOG.warning(
                        () -> "SMPP session with " + settings.host() + ":" + settings.port() + " lost; binding again");
                rebindLater(settings.rebindDelay().toMillis());
            }
        });
        LOG.info(() -> "Bound to the SMSC at " + settings.host() + ":" + settings.port() + " as transceiver "
                + settings.systemId());
        return fresh;
    }

    private void rebindLater(long delayMillis) {
        if (!rebindPending.compareAndSet(false, true)) {
            return;
        }
        try {
            rebinder.schedule(this::rebind, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            rebindPending.set(false);
        }
    }

    private void rebind() {
        rebindPending.set(false);
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            session();
        } catch (DeliveryFailure unreachable) {
            LOG.warning(() -> unreachable.getMessage() + "; trying again in "
                    + settings.rebindDelay().toMillis() + " ms");
            rebindLater(settings.rebindDelay().toMillis());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        rebinder.shutdownNow();
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }
}
