/** The payment integrator's dialect (sendOtp / verifyOtp, JOSE): codes, associations, refusals, races. */
package dev.otpserver.systemtest.integrator;
