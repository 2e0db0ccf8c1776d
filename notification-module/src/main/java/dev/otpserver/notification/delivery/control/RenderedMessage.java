package dev.otpserver.notification.delivery.control;

/** A message filled in for one channel: an SMS uses {@code text} only. */
public record RenderedMessage(String subject, String text, String html) {

    @Override
    public String toString() {
        return "RenderedMessage[subject=" + subject + "]";
    }
}
