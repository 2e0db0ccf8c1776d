/** The server's secrets: from its own secret store, refused when they do not match, rotated, never logged. */
package dev.otpserver.systemtest.secrets;
