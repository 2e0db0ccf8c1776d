package dev.otpserver.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback TCP relay between the benchmark's server and PostgreSQL that counts the round trips of every
 * connection ({@link WireCounter}): PostgreSQL itself cannot tell them without pg_stat_statements, which needs a
 * server restart. Run by benchmark/run.sh ({@code --round-trips}) in a JVM of its own, started before the server
 * so that its pool connects through it; the driver reads the totals from a second port, one line a connection.
 *
 * <p>Usage: {@code PostgresRelay LISTEN_PORT TARGET_HOST:TARGET_PORT COUNTS_PORT}, all on 127.0.0.1.
 */
public final class PostgresRelay {

    private static final int BUFFER = 64 * 1024;

    private final WireCounter.Totals totals = new WireCounter.Totals();
    private final InetSocketAddress target;

    private PostgresRelay(InetSocketAddress target) {
        this.target = target;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: PostgresRelay LISTEN_PORT TARGET_HOST:TARGET_PORT COUNTS_PORT");
        }
        String[] host = args[1].split(":");
        PostgresRelay relay = new PostgresRelay(new InetSocketAddress(host[0], Integer.parseInt(host[1])));
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocket counts = new ServerSocket(Integer.parseInt(args[2]), 50, loopback);
        ServerSocket clients = new ServerSocket(Integer.parseInt(args[0]), 200, loopback);
        daemon("relay-counts", () -> relay.answerCounts(counts));
        relay.relay(clients);
    }

    private void relay(ServerSocket clients) throws IOException {
        while (true) {
            Socket client = clients.accept();
            try {
                Socket server = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                WireCounter counter = new WireCounter(totals);
                daemon("relay-up", () -> copy(client, server, counter));
                daemon("relay-down", () -> copy(server, client, null));
            } catch (IOException e) {
                client.close();
            }
        }
    }

    private void answerCounts(ServerSocket counts) {
        while (true) {
            try (Socket asker = counts.accept();
                    OutputStream out = asker.getOutputStream()) {
                out.write((totals.read().line() + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Copies until either side closes, then closes both (the other direction's copy ends with them). */
    private static void copy(Socket from, Socket to, WireCounter counter) {
        byte[] buffer = new byte[BUFFER];
        try (from;
                to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (counter != null) {
                    counter.feed(buffer, 0, read);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException closed) {
            // one side went away: the pool closed the connection, or PostgreSQL did
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
