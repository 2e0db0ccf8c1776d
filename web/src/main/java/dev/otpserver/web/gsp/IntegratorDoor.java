package dev.otpserver.web.gsp;

import dev.otpserver.common.text.ControlCharacters;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;

/**
 * The dialect's door, before a request is matched: a request under the configured base path is taken (and its time
 * started), moved onto the path the resources are written at, and shown to the JAX-RS runtime in the dialect's own
 * media types; the body, whatever its declared type, is the reader's to judge ({@link JoseBodyReader}). Where another
 * base path is configured, the resources' own path is no path at all.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class IntegratorDoor implements ContainerRequestFilter {

    @Context
    HttpServletRequest servlet;

    @Inject
    IntegratorPaths paths;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = IntegratorPaths.of(servlet);
        if (paths.hidden(path)) {
            throw new NotFoundException();
        }
        if (!paths.covers(path)) {
            return;
        }
        IntegratorExchange.start(servlet, paths.metricName(path));
        if (!namesAMethod(request)) {
            throw new NotFoundException();
        }
        Optional<String> moved = paths.onResourceRoot(path);
        if (moved.isPresent() || servlet.getQueryString() != null) {
            moveTo(request, moved.orElse(path));
        }
        // the runtime would answer OPTIONS itself, with 200; a method the resources lack is a refusal of the dialect
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            request.setMethod(HttpMethod.GET);
        }
        speakTheDialect(request.getHeaders());
    }

    /**
     * A path that does not decode, or holds a control character, names no method: answered here, before the
     * control-character guard of the other APIs (web.admin) would answer it in theirs.
     */
    private static boolean namesAMethod(ContainerRequestContext request) {
        try {
            return !ControlCharacters.in(request.getUriInfo().getPath(true));
        } catch (IllegalArgumentException undecodable) {
            return false;
        }
    }

    /**
     * The path as sent, already encoded, below the application's base URI, and no query: the dialect reads none. A path
     * that no URI can hold names no method.
     */
    private static void moveTo(ContainerRequestContext request, String path) {
        URI base = request.getUriInfo().getBaseUri();
        try {
            request.setRequestUri(base, URI.create(base + path.substring(1)));
        } catch (IllegalArgumentException notAUri) {
            throw new NotFoundException();
        }
    }

    /**
     * The dialect answers in its own media type whatever {@code Accept} says, and the reader judges the body whatever
     * {@code Content-Type} says (the servlet request keeps what the caller sent); so the runtime must neither
     * negotiate, decode nor compress.
     */
    private static void speakTheDialect(MultivaluedMap<String, String> headers) {
        headers.putSingle(HttpHeaders.ACCEPT, IntegratorMediaType.JOSE);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, IntegratorMediaType.JOSE);
        headers.remove(HttpHeaders.ACCEPT_ENCODING);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
    }
}
