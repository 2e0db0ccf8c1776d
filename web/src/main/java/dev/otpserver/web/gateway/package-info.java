/**
 * The signed partner gateway of the Ant-gateway family ({@code /ams}, {@code /amsin}), inside JAX-RS: a pre-matching
 * request filter verifies every request ({@link dev.otpserver.web.gateway.SignedRequestVerifier}, which also asks the
 * replay guard), one exception mapper answers a refusal with its result code, a response filter makes every other
 * status the family's envelope, and a writer interceptor signs the exact bytes it sends
 * ({@link dev.otpserver.web.gateway.SignedAnswerWriter}). What fails outside JAX-RS reaches the container's error
 * page, which answers it here too, signed ({@link dev.otpserver.web.gateway.SignedErrorPage}).
 */
package dev.otpserver.web.gateway;
