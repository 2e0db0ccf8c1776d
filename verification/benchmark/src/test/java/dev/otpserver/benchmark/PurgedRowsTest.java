package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PurgedRowsTest {

    @Test
    void everyKindOfTheCounterIsAddedUpAndOtherMetricsAreLeftOut() {
        String scrape = """
                # TYPE otp_rows_purged_total counter
                otp_rows_purged_total{kind="messages",mp_scope="application",} 10500.0
                otp_rows_purged_total{kind="partner_notifications",mp_scope="application",} 9500.0
                otp_rows_purged_created{kind="messages",mp_scope="application",} 1.7e9
                otp_codes_issued_total{channel="SMS",mp_scope="application",} 77.0
                """;

        assertEquals(20_000, PurgedRows.total(scrape));
    }

    @Test
    void aCounterInScientificNotationIsRead() {
        assertEquals(1_250_000, PurgedRows.total("otp_rows_purged_total{kind=\"messages\"} 1.25E6\n"));
    }

    @Test
    void nothingPurgedYetIsZero() {
        assertEquals(0, PurgedRows.total("otp_codes_issued_total{channel=\"SMS\"} 77.0\n"));
    }
}
