package dev.otpserver.notification.outbox.control;

/** The reason an attempt records, cut to its column: the admin API shows it. */
public final class AttemptDetail {

    static final int MOST = 256;

    private AttemptDetail() {}

    public static String shortened(String text) {
        return text == null || text.length() <= MOST ? text : text.substring(0, MOST - 1) + "…";
    }
}
