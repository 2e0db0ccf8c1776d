package dev.otpserver.web.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedPathsTest {

    @Test
    void bothRootsAndEverythingBelowThemAreTheGateways() {
        List.of("/ams", "/amsin", "/ams/", "/ams/api/v1/users/initAuthentication", "/amsin/x/y")
                .forEach(path -> assertTrue(SignedPaths.covers(path), path));
    }

    @Test
    void aPathThatOnlyBeginsLikeARootIsNot() {
        List.of("/amsx", "/amsinx/y", "/admin/users", "/gsp/sendOtp", "/", "", "/otp-error/500")
                .forEach(path -> assertFalse(SignedPaths.covers(path), path));
    }
}
