package dev.otpserver.web.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The admin API answers JSON whatever {@code Accept} says, as every dialect of this server answers in its own
 * media type (RFC 9110 §12.5.1 lets a server disregard {@code Accept}): a client that asks for {@code text/html}
 * gets the JSON it can show, never a 406. So does the public list of the server's keys ({@code /server-keys}),
 * which partners' HTTP libraries fetch with whatever {@code Accept} they send. The signed gateway does the same for
 * its endpoints itself.
 */
@Provider
@PreMatching
public class AdminAnswersJson implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false).replaceFirst("^/", "");
        if (path.startsWith("admin/") || path.equals("server-keys") || path.startsWith("server-keys/")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
