package dev.otpserver.web.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An admin POST whose resource method reads no body (a replay, a rotation) takes no form: a body other than none
 * or {@code {}} is refused with 400 before the action runs, so that a request meant as something else (a form
 * sent to the wrong path) changes nothing.
 */
@Provider
@Priority(Priorities.USER)
public class NoFormGuard implements ContainerRequestFilter {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            MatrixParam.class,
            CookieParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    private static final Map<Method, Boolean> READS_A_BODY = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resource.getResourceMethod();
        if (!HttpMethod.POST.equals(request.getMethod())
                || method == null
                || !isAdmin(request.getUriInfo().getPath())
                || READS_A_BODY.computeIfAbsent(method, NoFormGuard::readsABody)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        EmptyForm.requireNone(body);
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** Jersey gives the path without its leading slash, RESTEasy with it. */
    private static boolean isAdmin(String path) {
        return path.startsWith("admin/") || path.startsWith("/admin/");
    }

    private static boolean readsABody(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(NoFormGuard::isTheBody);
    }

    private static boolean isTheBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
    }
}
