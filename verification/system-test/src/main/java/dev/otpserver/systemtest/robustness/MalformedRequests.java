package dev.otpserver.systemtest.robustness;

import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.util.Random;

/**
 * The fuzz test's requests, each drawn from its own {@link Random} seeded by the run's seed and its index:
 * request {@code i} of seed {@code s} is the same whatever order the threads send them in.
 */
final class MalformedRequests {

    private final long seed;
    private final GatewayFuzz gateway;
    private final IntegratorFuzz integrator;
    private final AdminFuzz admin;
    private final PlatformFuzz platform;

    MalformedRequests(long seed, Partner partner, Partner disabled, PaymentPlatform payments) {
        this.seed = seed;
        this.gateway = new GatewayFuzz(ServerUnderTest.baseUrl(), partner, disabled);
        this.integrator = new IntegratorFuzz(ServerUnderTest.baseUrl(), payments, new Random(seed));
        this.admin = new AdminFuzz(ServerUnderTest.baseUrl());
        this.platform = new PlatformFuzz(
                ServerUnderTest.baseUrl(), ServerUnderTest.readinessUrl(), ServerUnderTest.metricsUrl(), partner);
    }

    MalformedRequest request(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int dialect = random.nextInt(100);
        if (dialect < 45) {
            return gateway.next(random);
        }
        if (dialect < 70) {
            return integrator.next(random);
        }
        return dialect < 85 ? admin.next(random) : platform.next(random);
    }
}
