package dev.otpserver.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which process holds the client end of a loopback TCP connection, from Linux's own tables: the connection's
 * socket inode in /proc/net/tcp, then the process whose /proc/PID/fd names that socket. It tells which node sent
 * a request that a test's receiver holds, where both nodes connect from 127.0.0.1.
 */
final class SocketOwners {

    private SocketOwners() {}

    /** Of {@code pids}, the one whose socket is the client end 127.0.0.1:{@code clientPort} → :{@code serverPort}. */
    static Optional<Long> ownerOf(int clientPort, int serverPort, List<Long> pids) {
        Optional<String> inode = inode(clientPort, serverPort);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String socket = "socket:[" + inode.get() + "]";
        for (long pid : pids) {
            if (holds(pid, socket)) {
                return Optional.of(pid);
            }
        }
        return Optional.empty();
    }

    /** The inode of the IPv4 or IPv6 socket whose local port is clientPort and remote port serverPort. */
    private static Optional<String> inode(int clientPort, int serverPort) {
        String local = ":" + String.format(Locale.ROOT, "%04X", clientPort);
        String remote = ":" + String.format(Locale.ROOT, "%04X", serverPort);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 9 && fields[1].endsWith(local) && fields[2].endsWith(remote)) {
                        return Optional.of(fields[9]);
                    }
                }
            } catch (IOException unreadable) {
                // no such table here
            }
        }
        return Optional.empty();
    }

    private static boolean holds(long pid, String socket) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(socket);
                } catch (IOException gone) {
                    return false;
                }
            });
        } catch (IOException gone) {
            return false;
        }
    }

    /** How many of {@code clientPorts} (each a connection to serverPort) each of {@code pids} holds. */
    static Map<Long, Integer> count(List<Integer> clientPorts, int serverPort, List<Long> pids) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int port : clientPorts) {
            ownerOf(port, serverPort, pids).ifPresent(pid -> counts.merge(pid, 1, Integer::sum));
        }
        return counts;
    }
}
