package dev.otpserver.config.client.boundary;

/**
 * The body of POST /admin/clients/{clientId}/keys: an RSA public key in PEM (or its bare Base64 body) and the
 * keyVersion the partner will sign with; the next free version when left out.
 */
public record KeyForm(Integer keyVersion, String publicKey) {}
