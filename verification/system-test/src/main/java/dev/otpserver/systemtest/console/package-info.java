/** The admin console in a real browser (Debian's chromium, driven by Selenium): log in, roles, changes, screenshots. */
package dev.otpserver.systemtest.console;
