package dev.otpserver.notification.sms.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryAdapter;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * An SMSC on 127.0.0.1 and an ephemeral port, built on jsmpp's server side: it accepts transceiver binds and
 * submit_sm, answers message ids, and sends a delivery receipt for each accepted part that asked for one.
 * Shared as a test-jar with the system tests, which run it on the fixed port the server under test names.
 */
public final class LoopbackSmsc implements AutoCloseable {

    final BlockingQueue<SubmitSm> submitted = new LinkedBlockingQueue<>();
    final List<BindType> binds = new CopyOnWriteArrayList<>();
    final Set<String> refusedNumbers = ConcurrentHashMap.newKeySet();
    volatile DeliveryReceiptState receiptState = DeliveryReceiptState.DELIVRD;

    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger ids = new AtomicInteger(0x1000);

    LoopbackSmsc() throws IOException {
        this(0);
    }

    /** An SMSC on 127.0.0.1 and {@code port} (0: any free one). */
    public LoopbackSmsc(int port) throws IOException {
        socket = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        listener = new SMPPServerSessionListener(0, new LoopbackOnly());
        listener.setMessageReceiverListener(new Receiver());
        listener.setResponseDeliveryListener(new ServerResponseDeliveryAdapter() {
            @Override
            public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
                workers.execute(() -> sendReceipt(result.getMessageId(), session));
            }
        });
        workers.execute(this::acceptSessions);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Drops every bound session, as a network failure would. */
    void dropSessions() {
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    SubmitSm nextSubmit() throws InterruptedException {
        return nextSubmitWithin(5);
    }

    public SubmitSm nextSubmitWithin(long seconds) throws InterruptedException {
        SubmitSm submit = submitted.poll(seconds, TimeUnit.SECONDS);
        if (submit == null) {
            throw new AssertionError("The SMSC got no submit_sm within " + seconds + " s");
        }
        return submit;
    }

    /** The texts of the next {@code count} submit_sm, decoded as a handset would, joined in part order. */
    public static String text(List<SubmitSm> parts) {
        StringBuilder text = new StringBuilder();
        parts.stream()
                .sorted((a, b) -> Integer.compare(sequence(a), sequence(b)))
                .forEach(part -> {
                    byte[] message = part.getShortMessage();
                    int header = part.isUdhi() ? (message[0] & 0xFF) + 1 : 0;
                    byte[] body = java.util.Arrays.copyOfRange(message, header, message.length);
                    text.append(
                            part.getDataCoding() == 0x08
                                    ? new String(body, StandardCharsets.UTF_16BE)
                                    : Gsm7.decode(body));
                });
        return text.toString();
    }

    private static int sequence(SubmitSm part) {
        return part.isUdhi() ? part.getShortMessage()[5] : 0;
    }

    List<SubmitSm> nextSubmits(int count) throws InterruptedException {
        List<SubmitSm> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(nextSubmit());
        }
        return parts;
    }

    private void acceptSessions() {
        while (!socket.isClosed()) {
            try {
                SMPPServerSession session = listener.accept();
                workers.execute(() -> bind(session));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            binds.add(request.getBindType());
            if ("otp".equals(request.getSystemId()) && "secret".equals(request.getPassword())) {
                request.accept("loopback-smsc");
                sessions.add(session);
            } else {
                request.reject(0x0E);
            }
        } catch (Exception failed) {
            session.close();
        }
    }

    private void sendReceipt(String messageId, SMPPServerSession session) {
        try {
            Date now = new Date();
            String receipt = new DeliveryReceipt(messageId, 1, 1, now, now, receiptState, "000", "").toString();
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    "15550100001",
                    TypeOfNumber.ALPHANUMERIC,
                    NumberingPlanIndicator.UNKNOWN,
                    "OTP",
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    DataCodings.ZERO,
                    receipt.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception lost) {
            // the session went away; the test that needs the receipt will say so
        }
    }

    @Override
    public void close() throws IOException {
        dropSessions();
        listener.close();
        socket.close();
        workers.shutdownNow();
    }

    private final class LoopbackOnly implements ServerConnectionFactory {
        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            ServerSocketConnection connection = new ServerSocketConnection(socket);
            connection.setSoTimeout(timeout);
            return connection;
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            if (refusedNumbers.contains(submitSm.getDestAddress())) {
                throw new ProcessRequestException("invalid destination address", 0x0B);
            }
            submitted.add(submitSm);
            try {
                return new SubmitSmResult(
                        new MessageId(Integer.toHexString(ids.incrementAndGet())), new OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException impossible) {
                throw new ProcessRequestException("bad id", 0x08);
            }
        }

        @Override
        public org.jsmpp.session.SubmitMultiResult onAcceptSubmitMulti(
                SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
