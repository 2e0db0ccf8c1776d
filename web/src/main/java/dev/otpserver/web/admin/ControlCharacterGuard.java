package dev.otpserver.web.admin;

import dev.otpserver.common.text.ControlCharacters;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * No id or query value holds a control character such as NUL (%00): refused with a 400 problem before any
 * lookup, since PostgreSQL cannot even compare text with NUL in it (WildFly passes %00 through to the
 * application; Payara refuses it itself).
 */
@Provider
@PreMatching
public class ControlCharacterGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String decoded =
                request.getUriInfo().getPath(true) + request.getUriInfo().getQueryParameters(true);
        if (ControlCharacters.in(decoded)) {
            request.abortWith(new Problem(400, "The path or query holds a control character.").toResponse());
        }
    }
}
