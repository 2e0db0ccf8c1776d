/** The admin API: clients, partner configuration, users, preferences, messages, challenge look-ups. */
package dev.otpserver.systemtest.admin;
