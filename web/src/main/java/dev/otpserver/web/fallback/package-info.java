/**
 * What no dialect answered: the exception mapper of last resort (a JSON problem, never a stack trace) and the
 * container's error page, which hand a request of a dialect (the signed gateway, the payment-integrator API) back to
 * that dialect's own error answer.
 */
package dev.otpserver.web.fallback;
