package dev.otpserver.auth.otp.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Makes codes of uniformly random decimal digits. */
@ApplicationScoped
public class CodeGenerator {

    private final SecureRandom random = new SecureRandom();

    public String next(int digits) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }
}
