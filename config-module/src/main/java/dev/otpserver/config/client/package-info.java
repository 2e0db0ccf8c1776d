/**
 * The client registry: partner clients with a status and RSA public keys by key version, which the
 * signed gateway consults on every call. Seeds the embedded default from a documented file.
 * Tables: {@code cfg_client}, {@code cfg_client_key}. Does not manage clients over HTTP (the admin API does).
 */
package dev.otpserver.config.client;
