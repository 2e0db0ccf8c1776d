/** Mails, SMS (the SMPP gateway included) and partner webhooks, and how long the server keeps them. */
package dev.otpserver.systemtest.notification;
