package io.zhibiao.system;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods and request media types of each path, read once from the resources' annotations, so a
 * 405 can carry Allow and a 415 can say what to send.
 */
@ApplicationScoped
class Endpoints {

    private record Endpoint(Pattern path, String method, List<String> consumes) {
    }

    @Inject
    BeanManager beans;
    private volatile List<Endpoint> endpoints;

    /** The methods some resource answers on {@code path}, with HEAD for GET and OPTIONS always. */
    Set<String> allowed(String path) {
        Set<String> methods = new LinkedHashSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                methods.add(endpoint.method());
                if (endpoint.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return methods;
    }

    /** The types the methods of {@code path} consume, in declaration order; empty when unknown. */
    Set<String> accepted(String path) {
        Set<String> types = new LinkedHashSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                types.addAll(endpoint.consumes());
            }
        }
        return types;
    }

    private List<Endpoint> endpoints() {
        if (endpoints == null) {
            List<Endpoint> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : type.getMethods()) {
                        String verb = verb(method);
                        if (verb != null) {
                            Path sub = method.getAnnotation(Path.class);
                            Consumes consumes = method.getAnnotation(Consumes.class);
                            found.add(new Endpoint(pattern(root.value() + (sub == null ? "" : "/" + sub.value())), verb,
                                    consumes == null ? List.of() : List.of(consumes.value())));
                        }
                    }
                }
            }
            endpoints = found;
        }
        return endpoints;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** {@code /api/documents/{id}} → {@code /api/documents/[^/]+/?}. */
    private static Pattern pattern(String template) {
        String path = template.replaceAll("/+", "/").replaceAll("/$", "");
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
