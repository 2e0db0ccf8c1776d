package dev.otpserver.common.otpnotify;

/** Queues a push of a 3DS passcode to a partner, in the caller's transaction; delivery happens after commit. */
public interface PartnerNotifications {

    /** Returns the notification id, stable across every attempt, that the partner uses to de-duplicate. */
    String enqueue(OtpNotice notice);
}
