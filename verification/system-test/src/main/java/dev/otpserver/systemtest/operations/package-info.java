/** What operators use: readiness, metrics, the OpenAPI document, the server's management interface. */
package dev.otpserver.systemtest.operations;
