package dev.otpserver.config.client.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gateways ask the client registry on every request (a client's status and keys, parsed), kept for
 * a few seconds: a change made by an admin on this node is seen at once (but by a request racing it, which
 * may keep the old answer), one made on another node within
 * {@code otp.config.client-cache-seconds}: without it, these lookups would be paid on every request.
 */
@ApplicationScoped
public class RegistryCache {

    private static final int MAX_ENTRIES = 10_000;

    /** How long an answer of the registry is kept; 0 looks everything up on every request. */
    @Inject
    @ConfigProperty(name = "otp.config.client-cache-seconds", defaultValue = "5")
    long seconds;

    private ExpiringCache<Object, Object> answers;

    @PostConstruct
    void create() {
        answers = new ExpiringCache<>(Duration.ofSeconds(seconds), MAX_ENTRIES);
    }

    /** The kept answer to {@code question}, a record that names what is asked, or a fresh one. */
    @SuppressWarnings("unchecked")
    public <Q, A> A get(Q question, Function<Q, A> lookup) {
        return (A) answers.get(question, key -> lookup.apply((Q) key));
    }

    /** After an admin changed a client or its keys. */
    public void clear() {
        answers.clear();
    }
}
