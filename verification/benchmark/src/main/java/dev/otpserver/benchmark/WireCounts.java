package dev.otpserver.benchmark;

/**
 * What the server's connections to PostgreSQL sent through {@link PostgresRelay}: round trips (a Sync or a simple
 * Query, after which the client waits), statements (an Execute or a simple Query) and connections opened.
 */
record WireCounts(long roundTrips, long statements, long connections) {

    WireCounts minus(WireCounts earlier) {
        return new WireCounts(
                roundTrips - earlier.roundTrips, statements - earlier.statements, connections - earlier.connections);
    }

    /** The line the relay answers on its counts port, and reads back. */
    String line() {
        return roundTrips + " " + statements + " " + connections;
    }

    static WireCounts parse(String line) {
        String[] fields = line.trim().split(" ");
        if (fields.length != 3) {
            throw new IllegalArgumentException("Not a line of the relay's counts: " + line);
        }
        return new WireCounts(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]));
    }
}
