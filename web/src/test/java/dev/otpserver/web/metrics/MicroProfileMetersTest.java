package dev.otpserver.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

class MicroProfileMetersTest {

    /** A registry that counts how often it is asked for a meter, as Payara's may fail when asked twice at once. */
    private static final class CountingRegistry {
        final AtomicInteger asked = new AtomicInteger();
        final LongAdder samples = new LongAdder();

        MetricRegistry registry() {
            return proxy(MetricRegistry.class, (method, args) -> {
                asked.incrementAndGet();
                return method.equals("timer")
                        ? proxy(Timer.class, (m, a) -> record())
                        : proxy(Counter.class, (m, a) -> record());
            });
        }

        private Object record() {
            samples.increment();
            return null;
        }
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Call call) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> method.getDeclaringClass() == Object.class
                        ? System.identityHashCode(self)
                        : call.answer(method.getName(), args));
    }

    private static MicroProfileMeters metersOn(CountingRegistry counting) {
        MicroProfileMeters meters = new MicroProfileMeters();
        meters.useRegistry(counting.registry());
        return meters;
    }

    @Test
    void eachMeterIsAskedOfTheRegistryOnceHoweverManyRequestsMeetItAtOnce() throws Exception {
        CountingRegistry counting = new CountingRegistry();
        MicroProfileMeters meters = metersOn(counting);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 8_000; i++) {
            String operation = "operation-" + (i % 4);
            requests.submit(() -> {
                start.await();
                meters.time("otp.request.duration", "operation", operation, Duration.ofMillis(3));
                meters.count("otp.codes.issued", "dialect", "wallet");
                return null;
            });
        }
        start.countDown();
        requests.shutdown();
        requests.awaitTermination(30, TimeUnit.SECONDS);

        assertEquals(5, counting.asked.get(), "four timers and one counter, each registered once");
        assertEquals(16_000, counting.samples.sum(), "every sample reached its meter");
    }
}
