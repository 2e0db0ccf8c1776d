package dev.otpserver.config.otpnotify.boundary;

/** Body of PUT /admin/clients/{clientId}/notify-url: an absolute http or https URL. */
public record NotifyUrlForm(String notifyUrl) {}
