package dev.otpserver.web;

import dev.otpserver.common.gsp.GspSettings;
import dev.otpserver.web.gsp.IntegratorPaths;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Keeps Payara's OpenAPI document within what OpenAPI tools accept (mp.openapi.filter): Payara adds things OpenAPI
 * does not have, with no switch for them. On both servers, lists the payment-integrator dialect's operations under
 * the configured base path ({@code otp.gsp.base-path}) rather than where its resource is written.
 */
public class StandardOpenApiFilter implements OASFilter {

    /** A JAX-RS path variable with its regular expression, {name: regex}; OpenAPI templates are {name} alone. */
    private static final Pattern JAX_RS_VARIABLE = Pattern.compile("\\{\\s*([\\w.-]+)\\s*:[^{}]*}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        plainPathTemplates(openAPI.getPaths());
        onBasePath(openAPI.getPaths(), GspSettings.basePath(ConfigProvider.getConfig()));
    }

    /** Moves the paths under the dialect's resource root to {@code <basePath>/v1/}. */
    static void onBasePath(Paths paths, String basePath) {
        String written = IntegratorPaths.RESOURCE_ROOT + "/";
        String served = basePath + "/v1/";
        if (paths == null || paths.getPathItems() == null || served.equals(written)) {
            return;
        }
        for (String path : List.copyOf(paths.getPathItems().keySet())) {
            if (path.startsWith(written)) {
                PathItem item = paths.getPathItem(path);
                paths.removePathItem(path);
                paths.addPathItem(served + path.substring(written.length()), item);
            }
        }
    }

    /** Payara keeps a path variable's regular expression in the path (SmallRye drops it). */
    private static void plainPathTemplates(Paths paths) {
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(paths.getPathItems().keySet())) {
            String plain = JAX_RS_VARIABLE.matcher(path).replaceAll("{$1}");
            if (!plain.equals(path)) {
                PathItem item = paths.getPathItem(path);
                paths.removePathItem(path);
                paths.addPathItem(plain, item);
            }
        }
    }

    /**
     * Payara adds a top-level {@code endpoints} property, the paths per context root, that validators refuse. Its
     * model has a setter for it (nothing in the MicroProfile API), and its writer leaves an empty one out.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
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
