package dev.otpserver.config.account.boundary;

/** A customer put under a partner's contract: CONTRACT (default) or OAUTH (an access token is needed too). */
public record ContractForm(String customerId, String authorization, String status) {}
