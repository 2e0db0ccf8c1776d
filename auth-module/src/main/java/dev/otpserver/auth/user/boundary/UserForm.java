package dev.otpserver.auth.user.boundary;

/** An end user as an admin creates or replaces it; {@code userId} may be left out to get a generated one. */
public record UserForm(String userId, String status, String email, String phone, String locale) {}
