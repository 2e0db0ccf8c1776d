package dev.otpserver.notification.webhook.control;

/** What one attempt came to, with a short reason for the attempt log (never the passcode). */
public record Verdict(Outcome outcome, String detail) {

    /** ACKED: signed S. REFUSED: signed F, stop for manual action. RETRY: anything else. */
    public enum Outcome {
        ACKED,
        REFUSED,
        RETRY
    }

    public static Verdict retry(String detail) {
        return new Verdict(Outcome.RETRY, detail);
    }
}
