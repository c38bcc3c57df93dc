package io.zhibiao.system.http;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Refuses, before any resource runs, a path or query value that no endpoint can use and PostgreSQL
 * cannot compare: a NUL or other control character, or a lone surrogate. One place for every
 * endpoint, so a new parameter is covered without thinking of it.
 */
public class RequestTextFilter {

    @ServerRequestFilter(preMatching = true, priority = 100)
    public void refuseControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String flaw = Inputs.flaw(path, false);
        if (flaw != null) {
            throw ProblemException.badRequest("The path holds " + flaw);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                refuseUnusable(parameter.getKey(), value);
            }
        }
    }

    /** A 400 for a query parameter whose name or value holds a control character or a lone surrogate. */
    public static void refuseUnusable(String name, String value) {
        String nameFlaw = Inputs.flaw(name, false);
        if (nameFlaw != null) {
            throw ProblemException.badRequest("A query parameter name holds " + nameFlaw);
        }
        String valueFlaw = Inputs.flaw(value, false);
        if (valueFlaw != null) {
            throw ProblemException.badRequest("Parameter '" + name + "' holds " + valueFlaw);
        }
    }
}
