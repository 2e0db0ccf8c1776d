/**
 * The payment-integrator dialect's home (Google Standard Payments {@code sendOtp} / {@code verifyOtp}, JOSE), inside
 * JAX-RS: a pre-matching filter takes the configured base path ({@link dev.otpserver.web.gsp.IntegratorDoor}), a body
 * reader opens {@code application/jose} (decrypts and verifies, {@link dev.otpserver.web.gsp.JoseBodyReader}), ordinary
 * resources hand the JSON to the use cases ({@link dev.otpserver.web.gsp.PaymentIntegratorResource}), a body writer
 * signs and encrypts every answer to the caller ({@link dev.otpserver.web.gsp.JoseBodyWriter}), and one exception
 * mapper makes every failure an {@code ErrorResponse} ({@link dev.otpserver.web.gsp.IntegratorExceptionMapper}), also
 * those the fallback's mapper and the container's error page hand back ({@link dev.otpserver.web.gsp.IntegratorErrorPage}).
 * The server's keys are here ({@link dev.otpserver.web.gsp.ServerJoseKeys}); the JOSE codec that callers share, the
 * error codes and the field rules that the use cases throw are in {@code common.gsp}; the callers' keys are the client
 * registry's ({@code CallerKeyDirectory}).
 */
package dev.otpserver.web.gsp;
