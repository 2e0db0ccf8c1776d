/** What the system tests of several features share: the server under test and its coordinates, a client of each dialect, the database, the mail and SMS sinks, a webhook receiver, and the base classes of the tests (one deployment of the EAR, or their own). */
package dev.otpserver.systemtest.support;
