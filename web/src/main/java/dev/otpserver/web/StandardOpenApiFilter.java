package dev.otpserver.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Keeps Payara's OpenAPI document within what OpenAPI tools accept (mp.openapi.filter); WildFly's passes unchanged.
 * Payara adds a top-level {@code endpoints} property, the paths per context root, that OpenAPI does not have and
 * validators refuse; it has no switch for it and leaves an empty one out, so this empties it. Payara's server URLs
 * end in the context root "/", which clients join with paths that start with "/" into "//admin/...".
 */
public class StandardOpenApiFilter implements OASFilter {

    @Override
    public Server filterServer(Server server) {
        String url = server.getUrl();
        if (url != null && url.length() > 1 && url.endsWith("/")) {
            server.setUrl(url.substring(0, url.length() - 1));
        }
        return server;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Method setEndpoints;
        try {
            setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException notPayara) {
            return;
        }
        try {
            setEndpoints.invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot drop Payara's endpoints from the OpenAPI document", e);
        }
    }
}
