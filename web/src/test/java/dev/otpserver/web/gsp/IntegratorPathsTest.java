package dev.otpserver.web.gsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.gsp.GspSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntegratorPathsTest {

    @Test
    void theDefaultBasePathIsWhereTheResourcesAreWritten() {
        IntegratorPaths paths = at("/gsp");

        assertTrue(paths.covers("/gsp/v1/sendOtp"));
        assertEquals(Optional.empty(), paths.onResourceRoot("/gsp/v1/sendOtp"));
        assertFalse(paths.hidden("/gsp/v1/sendOtp"));
        assertFalse(paths.covers("/gsp/v1"));
        assertFalse(paths.covers("/gsp/v2/sendOtp"));
    }

    @Test
    void anotherBasePathIsMovedOntoTheResourcesAndTheirOwnPathIsNoneOfTheApi() {
        IntegratorPaths paths = at("/payments/otp/");

        assertTrue(paths.covers("/payments/otp/v1/verifyOtp"));
        assertEquals(Optional.of("/gsp/v1/verifyOtp/"), paths.onResourceRoot("/payments/otp/v1/verifyOtp/"));
        assertFalse(paths.covers("/gsp/v1/verifyOtp"));
        assertTrue(paths.hidden("/gsp/v1/verifyOtp"));
    }

    @Test
    void theOperationIsNamedAsSentATrailingSlashAsideAndTheMetricKnowsOnlyTheTwo() {
        IntegratorPaths paths = at("/gsp");

        assertEquals("sendOtp", paths.operation("/gsp/v1/sendOtp/"));
        assertEquals("verifyOtp", paths.metricName("/gsp/v1/verifyOtp"));
        assertEquals("SENDOTP", paths.operation("/gsp/v1/SENDOTP"));
        assertEquals("other", paths.metricName("/gsp/v1/SENDOTP"));
    }

    private static IntegratorPaths at(String basePath) {
        IntegratorPaths paths = new IntegratorPaths();
        paths.settings = new GspSettings() {
            @Override
            public String basePath() {
                return basePath.replaceAll("/+$", "");
            }
        };
        paths.readBasePath();
        return paths;
    }
}
