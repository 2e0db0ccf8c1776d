/**
 * The transport of the signed gateway ({@code /ams}, {@code /amsin}) inside JAX-RS: {@link RequestVerifier}, a
 * pre-matching request filter, verifies every request before any path is matched; {@link EnvelopeAnswers} makes
 * every outcome an HTTP 200 envelope; {@link AnswerSigner}, a writer interceptor, signs the exact bytes written.
 * Only the caller's media types are hidden at the servlet level ({@link GatewayMediaTypes}), since Jersey reads
 * them before any JAX-RS filter. The codec, keys and verification rules are common's ({@code common.gateway},
 * {@code common.signature}); the partners' keys come through the {@code ClientKeyDirectory} contract.
 */
package dev.otpserver.web.gateway;
