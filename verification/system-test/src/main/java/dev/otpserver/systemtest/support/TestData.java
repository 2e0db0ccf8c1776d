package dev.otpserver.systemtest.support;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

/** Data of a test's own: request ids, addresses and numbers no other test uses, and a code that is wrong. */
public final class TestData {

    private TestData() {}

    /** The code with its last digit changed: wrong, and of the right shape. */
    public static String wrongCode(String code) {
        String wrong = code.substring(0, code.length() - 1) + ((code.charAt(code.length() - 1) - '0' + 1) % 10);
        assertNotEquals(code, wrong);
        return wrong;
    }

    public static String requestId() {
        return "auth_" + UUID.randomUUID();
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    public static String uniquePhone() {
        return "+1555" + String.format("%07d", (long) (Math.random() * 10_000_000));
    }
}
