package dev.otpserver.web.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdempotentApisTest {

    @Test
    void theApisKeyedOnARequestIdAndTheReadAnswerReplaysAsBefore() {
        assertTrue(IdempotentApis.contains("/ams/api/v1/users/initAuthentication"));
        assertTrue(IdempotentApis.contains("/ams/sandbox/api/v1/users/initAuthentication"));
        assertTrue(IdempotentApis.contains("/ams/api/v1/threeds/createChallenge"));
        assertTrue(IdempotentApis.contains("/amsin/api/v1/business/worldcard/queryOtpConfig"));
    }

    @Test
    void everyOtherApiChangesState() {
        assertFalse(IdempotentApis.contains("/ams/api/v1/users/verifyAuthentication"));
        assertFalse(IdempotentApis.contains("/ams/sandbox/api/v1/users/verifyAuthentication"));
        assertFalse(IdempotentApis.contains("/ams/api/v1/threeds/verifyChallenge"));
        assertFalse(IdempotentApis.contains("/amsin/api/v1/business/worldcard/updateOtpNotifyConfig"));
        assertFalse(IdempotentApis.contains("/ams/api/v1/benchmark/baseline"));
    }

    @Test
    void anotherSpellingOfAnIdempotentPathIsTreatedAsChangingState() {
        assertFalse(IdempotentApis.contains("/ams/api/v1/users/initAuthentication/"));
        assertFalse(IdempotentApis.contains("/ams/api/v1/users/initAuthentication;x=1"));
        assertFalse(IdempotentApis.contains("/ams/api/v1/users/init%41uthentication"));
        assertFalse(IdempotentApis.contains("/ams/api/v1/users/verifyAuthentication/../initAuthentication"));
    }
}
