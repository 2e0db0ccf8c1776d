package dev.otpserver.common.admin;

/** The application role of the admin API, held by members of the realm group of the same name. */
public final class AdminRole {

    public static final String NAME = "otp-admin";
    /** The read-only role of support staff (the console's lists and dashboard), realm group of the same name. */
    public static final String VIEWER = "otp-viewer";
    /** The OpenAPI security scheme of the admin API (HTTP BASIC), declared by the JAX-RS application. */
    public static final String SECURITY_SCHEME = "adminBasic";

    private AdminRole() {}
}
