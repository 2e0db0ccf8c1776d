/**
 * The server's secrets: the pepper that keys stored hashes, the sealing key of queued messages, and where the
 * files of the signing key and the JOSE keys are. Each comes from the server's secret store or from a file the
 * operator mounts, the same on every node; only development runs make a missing one. Owns the table
 * srv_secret_fingerprint, whose keyed fingerprints let a node with other secrets refuse to start
 * ({@link dev.otpserver.common.secret.SecretCheck}). Does not rotate secrets.
 */
package dev.otpserver.common.secret;
