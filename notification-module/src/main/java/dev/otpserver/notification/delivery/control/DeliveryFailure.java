package dev.otpserver.notification.delivery.control;

/** A gateway could not deliver: permanent (never retry, e.g. a rejected address) or transient (retry later). */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
