/**
 * What no dialect answered: the exception mapper of last resort (a JSON problem, never a stack trace) and the
 * container's error page, which hands a request of the signed gateway back to the gateway's own error answer.
 */
package dev.otpserver.web.fallback;
