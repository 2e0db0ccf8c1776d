/** Bad input in every dialect (each gets its dialect's own error, nothing is written) and slow clients. */
package dev.otpserver.systemtest.robustness;
