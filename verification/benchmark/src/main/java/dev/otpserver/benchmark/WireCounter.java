package dev.otpserver.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the messages one PostgreSQL client sends on its connection, fed the bytes as they pass in chunks of any
 * size: a Sync ('S', the end of an extended-protocol exchange, after which the client waits for the server) or a
 * simple Query ('Q') is a round trip; an Execute ('E') or a Query is a statement. The first messages of a
 * connection carry no type byte: SSLRequest and GSSENCRequest (answered with one byte), then the startup message.
 */
final class WireCounter {

    /** What all connections sent so far. */
    static final class Totals {

        private final AtomicLong roundTrips = new AtomicLong();
        private final AtomicLong statements = new AtomicLong();
        private final AtomicLong connections = new AtomicLong();

        WireCounts read() {
            return new WireCounts(roundTrips.get(), statements.get(), connections.get());
        }
    }

    private static final int SSL_REQUEST = 80877103;
    private static final int GSSENC_REQUEST = 80877104;
    private static final int UNTYPED_HEADER = 8;
    private static final int TYPED_HEADER = 5;

    private final Totals totals;
    private final byte[] header = new byte[UNTYPED_HEADER];
    private int headerFilled;
    private long bodyLeft;
    private boolean typed;

    WireCounter(Totals totals) {
        this.totals = totals;
        totals.connections.incrementAndGet();
    }

    void feed(byte[] bytes, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (bodyLeft > 0) {
                int skipped = (int) Math.min(bodyLeft, end - at);
                bodyLeft -= skipped;
                at += skipped;
                continue;
            }
            int wanted = typed ? TYPED_HEADER : UNTYPED_HEADER;
            int copied = Math.min(wanted - headerFilled, end - at);
            System.arraycopy(bytes, at, header, headerFilled, copied);
            headerFilled += copied;
            at += copied;
            if (headerFilled == wanted) {
                headerFilled = 0;
                if (typed) {
                    typedMessage();
                } else {
                    untypedMessage();
                }
            }
        }
    }

    private void typedMessage() {
        char type = (char) header[0];
        bodyLeft = int32(1) - 4L;
        if (type == 'S' || type == 'Q') {
            totals.roundTrips.incrementAndGet();
        }
        if (type == 'E' || type == 'Q') {
            totals.statements.incrementAndGet();
        }
    }

    private void untypedMessage() {
        int code = int32(4);
        bodyLeft = int32(0) - (long) UNTYPED_HEADER;
        typed = code != SSL_REQUEST && code != GSSENC_REQUEST;
    }

    private int int32(int from) {
        return ((header[from] & 0xff) << 24)
                | ((header[from + 1] & 0xff) << 16)
                | ((header[from + 2] & 0xff) << 8)
                | (header[from + 3] & 0xff);
    }
}
