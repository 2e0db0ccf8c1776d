/**
 * The client registry: partner clients with a status, RSA public keys by key version (which the signed gateway
 * consults on every call) and public JOSE keys (which the payment-integrator gateway consults), and their admin
 * API. Seeds the embedded default from a documented file.
 * Tables: {@code cfg_client}, {@code cfg_client_key}, {@code cfg_client_jose_key}.
 */
package dev.otpserver.config.client;
