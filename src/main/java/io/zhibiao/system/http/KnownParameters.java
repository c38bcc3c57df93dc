package io.zhibiao.system.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * Answers 400 naming every query parameter the matched operation does not know, so a typo
 * ({@code regoin=}) never silently answers everything. The known ones are the operation's
 * {@code @QueryParam}s, and {@code format} on every GET (see {@link EtagFilter}).
 */
public class KnownParameters {

    private static final Set<String> EVERY_GET = Set.of("format");
    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Set<String> allowed = known.computeIfAbsent(method, KnownParameters::queryParams);
        var unknown = new TreeSet<String>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!allowed.contains(name) && !(EVERY_GET.contains(name) && isRead(request.getMethod()))) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            var accepted = new TreeSet<>(allowed);
            if (isRead(request.getMethod())) {
                accepted.addAll(EVERY_GET);
            }
            throw ProblemException.badRequest((unknown.size() == 1 ? "Unknown query parameter " : "Unknown query parameters ")
                    + String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList())
                    + (accepted.isEmpty() ? "; this operation takes none" : "; this operation takes " + String.join(", ", accepted)));
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static Set<String> queryParams(Method method) {
        var names = new TreeSet<String>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        return Set.copyOf(names);
    }
}
