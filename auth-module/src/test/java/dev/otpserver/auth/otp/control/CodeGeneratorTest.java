package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {

    private final CodeGenerator generator = new CodeGenerator();

    @Test
    void codesHaveTheAskedNumberOfDigits() {
        for (int digits = 4; digits <= 10; digits++) {
            String code = generator.next(digits);
            assertEquals(digits, code.length());
            assertTrue(code.chars().allMatch(Character::isDigit), code);
        }
    }

    @Test
    void everyDigitTurnsUpInEveryPosition() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = generator.next(6);
            for (int position = 0; position < 6; position++) {
                seen.add(position + ":" + code.charAt(position));
            }
        }
        assertEquals(60, seen.size(), "leading zeros included");
    }
}
