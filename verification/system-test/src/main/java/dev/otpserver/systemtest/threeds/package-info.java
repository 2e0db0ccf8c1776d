/** The card system's 3DS dialect (createChallenge / verifyChallenge). */
package dev.otpserver.systemtest.threeds;
