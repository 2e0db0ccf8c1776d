package dev.otpserver.reliability;

import dev.otpserver.systemtest.support.AdminClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * A wallet user's address on one channel with the user's wallet token: one initAuthentication each, so that
 * the address tells which request a delivery belongs to (and no send limit is reached).
 */
record Recipient(String channel, String address, String walletToken) {

    /** Two recipients per new user, its email and its phone, in random order. */
    static Queue<Recipient> create(String clientId, int users) {
        AdminClient admin = AdminClient.admin();
        List<Recipient> all = Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, users).parallel().forEach(i -> {
            String email = Fresh.email();
            String phone = Fresh.phone();
            String token = admin.issueToken(admin.createUser(email, phone, "en"), clientId);
            all.add(new Recipient("EMAIL", email, token));
            all.add(new Recipient("SMS", phone, token));
        });
        List<Recipient> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled);
        return new ConcurrentLinkedQueue<>(shuffled);
    }
}
