package dev.otpserver.config.client.boundary;

/** The body of POST /admin/clients and PUT /admin/clients/{clientId}; status ACTIVE (default) or DISABLED. */
public record ClientForm(String clientId, String name, String status) {}
