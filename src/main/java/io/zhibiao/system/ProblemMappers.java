package io.zhibiao.system;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns every failure into {@code application/problem+json}; no stack trace ever reaches a client. */
class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Endpoints endpoints;

    ProblemMappers(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = builder(e.status(), e.title(), e.getMessage(), uri);
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response.StatusType info = original.getStatusInfo();
        // Framework messages such as "HTTP 404 Not Found" say nothing new; name the resource instead.
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? info.getReasonPhrase() + ": " + uri.getPath()
                : e.getMessage();
        if (status == 415) {
            Set<String> types = endpoints.accepted(uri.getPath());
            detail = "This request's Content-Type is not accepted here"
                    + (types.isEmpty() ? "" : "; send one of: " + String.join(", ", types));
        }
        Response.ResponseBuilder answer = builder(status, info.getReasonPhrase(), detail, uri);
        if (status == 405) {
            Set<String> allowed = endpoints.allowed(uri.getPath());
            answer.header(HttpHeaders.ALLOW, String.join(", ", allowed));
            detail = "This method is not allowed on " + uri.getPath() + "; allowed: " + String.join(", ", allowed);
            answer.entity(new Problem(Problems.type(405), info.getReasonPhrase(), 405, detail, uri.getPath()));
        }
        // The framework's headers carry meaning: Allow on a 405, WWW-Authenticate on a 401.
        for (String header : new String[] { HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER }) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        return answer.build();
    }

    /** A body that is not JSON, or JSON of another shape than the endpoint reads. */
    @ServerExceptionMapper
    Response json(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail;
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            detail = "Field '" + field(m) + "' has the wrong type" + where + ": " + m.getOriginalMessage();
        } else if (e instanceof MismatchedInputException m) {
            detail = "The body has the wrong shape" + where + ": " + m.getOriginalMessage()
                    + " (send a JSON object, see /q/openapi)";
        } else if (e instanceof JsonMappingException) {
            detail = "The body does not fit this endpoint" + where + ": " + e.getOriginalMessage();
        } else {
            detail = "The body is not valid JSON" + where + ": " + e.getOriginalMessage();
        }
        return respond(400, "Bad Request", detail, uri);
    }

    /** Named apart: Quarkus has its own mapper for this type, which answers with an empty body. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        SQLException sql = sqlCause(e);
        if (databaseUnavailable(e, sql)) {
            LOG.warnf("Database unreachable while answering %s: %s", uri.getPath(), sql == null ? e : sql.getMessage());
            return builder(503, "Service Unavailable", "The database is unreachable; retry in "
                    + DATABASE_RETRY_AFTER_SECONDS + " seconds", uri)
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // SQL class 22, data exception: a value of the request the database cannot take.
            String message = sql.getMessage() == null ? sql.getSQLState() : sql.getMessage().lines().findFirst().orElse("");
            return respond(400, "Bad Request", "A value of this request cannot be used: " + message, uri);
        }
        if (e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).startsWith("Failed to parse media type")) {
            return respond(400, "Bad Request", "Header 'Content-Type' is not a media type (type/subtype): "
                    + e.getMessage().substring("Failed to parse media type".length()).strip(), uri);
        }
        if (e instanceof IOException && "Request too large".equals(e.getMessage())) {
            return respond(413, "Payload Too Large", "The body is over quarkus.http.limits.max-body-size", uri);
        }
        if (e instanceof IOException && "Read timed out".equals(e.getMessage())) {
            return respond(408, "Request Timeout", "The body did not arrive in time (quarkus.http.read-timeout)", uri);
        }
        if (clientGone(e)) {
            LOG.debugf("Client hung up during %s: %s", uri.getPath(), e);
            return respond(400, "Bad Request", "The connection closed before the request was answered", uri);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "Internal Server Error", "The server failed to answer this request; it has been logged.",
                uri);
    }

    static Response respond(int status, String title, String detail, UriInfo uri) {
        return builder(status, title, detail, uri).build();
    }

    private static Response.ResponseBuilder builder(int status, String title, String detail, UriInfo uri) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(Problems.type(status), title, status, detail, uri == null ? null : uri.getPath()));
    }

    private static String field(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * Connection failures (SQL class 08), a server shutting down or starting (57P01..57P03), too many
     * connections (53300), or a pool that could not hand out a connection in time.
     */
    static boolean databaseUnavailable(Throwable e, SQLException sql) {
        return anyInChain(e, ProblemMappers::connectionFailure, 0);
    }

    /**
     * Looks through causes and suppressed exceptions: a commit that loses its connection reports the I/O error as
     * suppressed under the transaction manager's RollbackException, not as its cause.
     */
    private static boolean anyInChain(Throwable t, java.util.function.Predicate<Throwable> test, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (anyInChain(s, test, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && anyInChain(t.getCause(), test, depth + 1);
    }

    private static boolean connectionFailure(Throwable t) {
        if (t instanceof java.net.ConnectException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        if (t instanceof SQLException s) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"))) {
                return true;
            }
            return s.getMessage() != null && s.getMessage().contains("cquisition timeout");
        }
        return false;
    }

    /** A client that hung up: normal traffic, never worth an ERROR. */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof ClosedChannelException || (t instanceof IOException || t.getClass().getName().contains("Vertx"))
                    && (message.contains("Connection was closed") || message.contains("Connection reset")
                            || message.contains("Broken pipe") || message.contains("Connection closed"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
