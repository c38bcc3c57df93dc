package io.zhibiao.system;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns every failure into {@code application/problem+json}; no stack trace ever reaches a client. */
class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        // Framework messages such as "HTTP 404 Not Found" say nothing new; name the resource instead.
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? status.getReasonPhrase() + ": " + uri.getPath()
                : e.getMessage();
        return respond(status.getStatusCode(), status.getReasonPhrase(), detail, uri);
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "Internal Server Error", "The server failed to answer this request; it has been logged.",
                uri);
    }

    static Response respond(int status, String title, String detail, UriInfo uri) {
        String type = "https://zhibiao.io/problems/" + status;
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(type, title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }
}
