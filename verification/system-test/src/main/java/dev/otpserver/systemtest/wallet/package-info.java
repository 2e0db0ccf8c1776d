/** The wallet dialect (initAuthentication / verifyAuthentication), with our client and the vendor's SDK. */
package dev.otpserver.systemtest.wallet;
