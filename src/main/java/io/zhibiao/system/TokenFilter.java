package io.zhibiao.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Lets a {@link RequiresToken} request through only with a configured bearer token; never logs one. */
@Provider
@RequiresToken
@Priority(Priorities.AUTHENTICATION)
class TokenFilter implements ContainerRequestFilter {

    // Looked up on first use: REST providers are built before run-time config exists.
    private final Instance<ApiConfig> config;
    private volatile List<byte[]> tokens;

    TokenFilter(Instance<ApiConfig> config) {
        this.config = config;
    }

    private List<byte[]> tokens() {
        if (tokens == null) {
            tokens = config.get().tokens().orElse(List.of()).stream()
                    .map(String::strip).filter(t -> !t.isEmpty())
                    .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        }
        return tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        List<byte[]> tokens = tokens();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            abort(request, "This request changes data and needs 'Authorization: Bearer <token>'");
            return;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison, so response times do not leak how much of a token matched.
        boolean known = false;
        for (byte[] token : tokens) {
            known |= MessageDigest.isEqual(token, given);
        }
        if (!known) {
            abort(request, tokens.isEmpty()
                    ? "Writes are disabled: no tokens are configured (ZHIBIAO_API_TOKENS)"
                    : "The bearer token is not valid");
        }
    }

    private static void abort(ContainerRequestContext request, String detail) {
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                ProblemMappers.respond(401, "Unauthorized", detail, request.getUriInfo()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"zhibiao\"").build());
    }
}
