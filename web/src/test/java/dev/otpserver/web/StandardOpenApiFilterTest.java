package dev.otpserver.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.junit.jupiter.api.Test;

class StandardOpenApiFilterTest {

    private final PathItem sendOtp = item();
    private final PathItem queryOtpConfig = item();
    private final Map<String, PathItem> items = new TreeMap<>(
            Map.of("/gsp/v1/sendOtp", sendOtp, "/amsin/api/v1/business/worldcard/queryOtpConfig", queryOtpConfig));

    @Test
    void theDialectsOperationsAreListedUnderTheConfiguredBasePath() {
        StandardOpenApiFilter.onBasePath(paths(), "/payments/otp");

        assertEquals(
                Map.of(
                        "/payments/otp/v1/sendOtp", sendOtp,
                        "/amsin/api/v1/business/worldcard/queryOtpConfig", queryOtpConfig),
                items);
    }

    @Test
    void theDefaultBasePathLeavesThemWhereTheyAre() {
        StandardOpenApiFilter.onBasePath(paths(), "/gsp");

        assertSame(sendOtp, items.get("/gsp/v1/sendOtp"));
        assertEquals(2, items.size());
    }

    @Test
    void anEmptyBasePathServesThemFromTheRoot() {
        StandardOpenApiFilter.onBasePath(paths(), "");

        assertSame(sendOtp, items.get("/v1/sendOtp"));
    }

    private Paths paths() {
        return (Paths) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Paths.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathItems" -> Map.copyOf(items);
                    case "getPathItem" -> items.get((String) args[0]);
                    case "removePathItem" -> {
                        items.remove((String) args[0]);
                        yield null;
                    }
                    case "addPathItem" -> {
                        items.put((String) args[0], (PathItem) args[1]);
                        yield proxy;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PathItem item() {
        return (PathItem) Proxy.newProxyInstance(
                StandardOpenApiFilterTest.class.getClassLoader(),
                new Class<?>[] {PathItem.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "PathItem@" + System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
