package dev.otpserver.auth.lookup.boundary;

import dev.otpserver.auth.lookup.control.CodeCounts;
import dev.otpserver.auth.lookup.control.CodeCounts.Counts;
import dev.otpserver.auth.lookup.control.CodeCounts.Dialect;
import dev.otpserver.common.admin.AdminRole;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Codes issued, verified and locked per dialect since a moment: the console's dashboard reads them. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
public class CodeStatistics {

    /** One dialect's figures. */
    public record DialectCodes(String dialect, long issued, long verified, long locked, long wrongCodes) {}

    @Inject
    CodeCounts counts;

    public List<DialectCodes> since(Instant since) {
        return Arrays.stream(Dialect.values())
                .map(dialect -> {
                    Counts of = counts.since(dialect, since);
                    return new DialectCodes(label(dialect), of.issued(), of.verified(), of.locked(), of.wrongCodes());
                })
                .toList();
    }

    private static String label(Dialect dialect) {
        return switch (dialect) {
            case WALLET -> "Wallet OTP";
            case THREE_DS -> "3DS challenge";
            case PAYMENT_INTEGRATOR -> "Payment integrator";
        };
    }
}
