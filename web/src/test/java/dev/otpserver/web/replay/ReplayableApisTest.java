package dev.otpserver.web.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplayableApisTest {

    @Test
    void theApisKeyedOnARequestIdAndTheReadAnswerReplaysAsBefore() {
        assertTrue(ReplayableApis.contains("/ams/api/v1/users/initAuthentication"));
        assertTrue(ReplayableApis.contains("/ams/sandbox/api/v1/users/initAuthentication"));
        assertTrue(ReplayableApis.contains("/ams/api/v1/threeds/createChallenge"));
        assertTrue(ReplayableApis.contains("/amsin/api/v1/business/worldcard/queryOtpConfig"));
    }

    @Test
    void theBenchmarksYardstickStaysAsItWas() {
        assertTrue(ReplayableApis.contains("/ams/api/v1/benchmark/baseline"));
    }

    @Test
    void everyOtherApiChangesState() {
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/verifyAuthentication"));
        assertFalse(ReplayableApis.contains("/ams/sandbox/api/v1/users/verifyAuthentication"));
        assertFalse(ReplayableApis.contains("/ams/api/v1/threeds/verifyChallenge"));
        assertFalse(ReplayableApis.contains("/amsin/api/v1/business/worldcard/updateOtpNotifyConfig"));
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/deleteEverything"));
    }

    @Test
    void anotherSpellingOfAReplayablePathIsTreatedAsChangingState() {
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/initAuthentication/"));
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/initAuthentication;x=1"));
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/init%41uthentication"));
        assertFalse(ReplayableApis.contains("/ams/api/v1/users/verifyAuthentication/../initAuthentication"));
    }
}
