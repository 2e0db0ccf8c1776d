package dev.otpserver.common.otpnotify;

import java.util.Optional;

/** Where each partner receives its 3DS OTP notifications: partner configuration, as the outbox needs it. */
public interface NotifyEndpoints {

    /** The partner's notify URL; empty while it has none. */
    Optional<String> notifyUrl(String partnerClientId);
}
