package org.csip.common.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.csip.common.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Query names are read exactly as documented. The HTTP layer matches query names without regard to case and a
 * resource sees only the first value, so {@code leadagency=HEALTH&leadAgency=POLICE} would be read as HEALTH: a name
 * that differs from a documented one only in case, or a documented name given twice, is refused with a 400 naming
 * it before the resource runs.
 */
public class ExactQueryNames {
    private final Map<Method, Set<String>> documented = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, SimpleResourceInfo resource) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty() || resource == null || resource.getMethodName() == null) {
            return null;
        }
        Method method = method(resource);
        if (method == null) {
            return null;
        }
        Set<String> names = documented.computeIfAbsent(method, ExactQueryNames::queryNames);
        Map<String, String> seen = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
            String folded = name.toLowerCase(Locale.ROOT);
            for (String known : names) {
                if (!known.equals(name) && known.toLowerCase(Locale.ROOT).equals(folded)) {
                    return refuse(name, "is not a query parameter here; did you mean " + known + "?");
                }
            }
            if (names.contains(name) && seen.put(name, name) != null) {
                return refuse(name, "must be given at most once");
            }
        }
        return null;
    }

    private static Response refuse(String name, String message) {
        return Problem.invalid("Invalid query parameter: " + name,
                java.util.List.of(new Problem.FieldError(name, message))).toResponse();
    }

    private static Method method(SimpleResourceInfo resource) {
        for (Method method : resource.getResourceClass().getMethods()) {
            if (method.getName().equals(resource.getMethodName())
                    && java.util.Arrays.equals(method.getParameterTypes(), resource.parameterTypes())) {
                return method;
            }
        }
        return null;
    }

    /** The query names a resource method reads, directly or through a {@link BeanParam}. */
    static Set<String> queryNames(Method method) {
        Set<String> names = new HashSet<>();
        if (method == null) {
            return names;
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
