package dev.otpserver.common.notification;

import java.util.regex.Pattern;

/** What a valid destination looks like, and how it appears in logs (masked). */
public final class Destinations {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile(
            "[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    private Destinations() {}

    public static boolean valid(DeliveryChannel channel, String destination) {
        if (destination == null) {
            return false;
        }
        return channel == DeliveryChannel.EMAIL
                ? destination.length() <= 254 && EMAIL.matcher(destination).matches()
                : E164.matcher(destination).matches();
    }

    /** {@code j***@example.com}, {@code +44******123}: enough to tell destinations apart in a log, no more. */
    public static String masked(String destination) {
        if (destination == null || destination.isEmpty()) {
            return "(none)";
        }
        int at = destination.indexOf('@');
        if (at > 0) {
            return destination.charAt(0) + "***" + destination.substring(at);
        }
        if (destination.length() <= 6) {
            return "*".repeat(destination.length());
        }
        int keep = destination.startsWith("+") ? 3 : 2;
        return destination.substring(0, keep)
                + "*".repeat(destination.length() - keep - 3)
                + destination.substring(destination.length() - 3);
    }
}
