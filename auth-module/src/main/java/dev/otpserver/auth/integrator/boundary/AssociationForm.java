package dev.otpserver.auth.integrator.boundary;

/** The body of PUT /admin/clients/{clientId}/associations/{associationId}: the end user it stands for. */
public record AssociationForm(String userId) {}
