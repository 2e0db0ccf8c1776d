/**
 * Replay protection of the signed gateway ({@code /ams}, {@code /amsin}): a request already let through to an
 * API that is not idempotent is refused when it comes again within its Request-Time window, on any node.
 * The idempotent APIs answer a replay as they answer any repeat, so nothing is recorded for them (nor for the
 * benchmark's baseline).
 * Table {@code gw_seen_request} (through common's {@code SeenRequestStore}).
 */
package dev.otpserver.web.replay;
