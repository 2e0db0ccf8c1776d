package dev.otpserver.web.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDigestTest {

    private static final String VERIFY = "/ams/api/v1/users/verifyAuthentication";
    private static final byte[] BODY =
            "{\"authenticationRequestId\":\"r-1\",\"authenticationValue\":\"123456\"}".getBytes(StandardCharsets.UTF_8);

    private final String original = RequestDigest.of("POST", VERIFY, "CLIENT", "1767225600000", BODY);

    @Test
    void theSameSignedContentHasTheSameDigest() {
        assertEquals(original, RequestDigest.of("POST", VERIFY, "CLIENT", "1767225600000", BODY.clone()));
        assertEquals(64, original.length());
    }

    @Test
    void anyPartThatIsSignedMakesAnotherRequest() {
        List<String> others = List.of(
                RequestDigest.of("POST", VERIFY + "?x=1", "CLIENT", "1767225600000", BODY),
                RequestDigest.of("POST", VERIFY, "OTHER", "1767225600000", BODY),
                RequestDigest.of("POST", VERIFY, "CLIENT", "1767225600001", BODY),
                RequestDigest.of("POST", VERIFY, "CLIENT", "1767225600000", "{}".getBytes(StandardCharsets.UTF_8)));

        others.forEach(other -> assertNotEquals(original, other));
        assertEquals(others.size(), others.stream().distinct().count());
    }
}
