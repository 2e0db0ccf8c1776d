package dev.otpserver.common.admin;

import jakarta.ejb.ApplicationException;

/**
 * The one exception of the admin API: an HTTP status and a message for the admin. Thrown from an EJB it
 * rolls the transaction back. Never put a code, token or key in the message.
 */
@ApplicationException(rollback = true)
public class AdminProblem extends RuntimeException {

    private final int status;

    public AdminProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static AdminProblem badRequest(String message) {
        return new AdminProblem(400, message);
    }

    public static AdminProblem notFound(String message) {
        return new AdminProblem(404, message);
    }

    public static AdminProblem conflict(String message) {
        return new AdminProblem(409, message);
    }

    public int status() {
        return status;
    }
}
