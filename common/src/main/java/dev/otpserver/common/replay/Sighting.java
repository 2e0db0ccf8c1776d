package dev.otpserver.common.replay;

import java.time.Instant;

/**
 * A signed request as the replay protection records it: the digest of what its client signed, whose client it
 * is, and until when a fresh Request-Time could still repeat it.
 */
public record Sighting(String digest, String clientId, Instant keptUntil) {}
