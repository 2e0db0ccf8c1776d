package dev.otpserver.reliability;

import java.time.Instant;

/**
 * One request of the load: the channel its message takes (EMAIL, SMS, or WEBHOOK for a 3DS partner
 * notification), the address that names it, and whether the server accepted it with SUCCESS.
 */
record Sent(String channel, String address, Instant at, boolean accepted) {}
