/** What every dialect's code check shares: finished challenges, replayed requests, the wrong-code budget. */
package dev.otpserver.systemtest.otp;
