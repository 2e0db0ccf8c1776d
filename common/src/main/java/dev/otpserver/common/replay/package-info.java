/**
 * The requests a gateway has already let through to an API that is not idempotent, so that a replay of one
 * (captured and sent again while its timestamp is still fresh) changes nothing, on any node sharing the
 * database. Table {@code gw_seen_request}, written by the web module's gateways and emptied of expired rows
 * by the housekeeping timer. It decides nothing about which API is idempotent: the gateways do.
 */
package dev.otpserver.common.replay;
