package dev.otpserver.web.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelfRecordingApisTest {

    @Test
    void verifyAuthenticationRecordsItsOwnSightingInBothSpellings() {
        assertTrue(SelfRecordingApis.contains("/ams/api/v1/users/verifyAuthentication"));
        assertTrue(SelfRecordingApis.contains("/ams/sandbox/api/v1/users/verifyAuthentication"));
    }

    @Test
    void theOtherApisThatChangeStateAreRecordedByTheGateway() {
        assertFalse(SelfRecordingApis.contains("/ams/api/v1/threeds/verifyChallenge"));
        assertFalse(SelfRecordingApis.contains("/amsin/api/v1/business/worldcard/updateOtpNotifyConfig"));
        assertFalse(SelfRecordingApis.contains("/ams/api/v1/users/verifyAuthentication/"));
        assertFalse(SelfRecordingApis.contains("/ams/api/v1/users/verify%41uthentication"));
    }

    @Test
    void noApiIsBothIdempotentAndSelfRecording() {
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/verifyAuthentication"));
        assertFalse(ReplayableApis.contains("/ams/sandbox/api/v1/users/verifyAuthentication"));
    }
}
