package dev.otpserver.web.admin;

import dev.otpserver.common.admin.AdminProblem;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A body of JSON {@code null} reads as no form at all (JSON-B) or as {@code JsonValue.NULL} where a
 * {@code JsonObject} is expected (JSON-P): it is refused, rather than taken for an empty form (which would,
 * e.g., create a user under a generated id) or failing the cast later with a 500.
 */
@Provider
public class NullBodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (entity == null || !context.getType().isInstance(entity)) {
            throw AdminProblem.badRequest("The body must be a JSON object.");
        }
        return entity;
    }
}
