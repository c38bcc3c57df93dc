package io.zhibiao.system;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a {@link RequiresToken} request through only with a bearer token whose roles allow the method, and tells the
 * resource who called ({@link CurrentCaller}); never logs a token. A token is one of ZHIBIAO_API_TOKENS (machines,
 * scripts) or, when OpenID Connect is on, an access token the identity provider signed (people).
 */
@Provider
@RequiresToken
@Priority(Priorities.AUTHENTICATION)
class TokenFilter implements ContainerRequestFilter {

    // Looked up on first use: REST providers are built before run-time config exists.
    @Inject
    Instance<ApiConfig> config;
    @Inject
    Instance<CurrentCaller> current;
    @Inject
    Instance<OidcCallers> oidc;
    private volatile ApiTokens tokens;

    @Context
    ResourceInfo resource;

    private ApiTokens tokens() {
        if (tokens == null) {
            tokens = ApiTokens.parse(config.get().tokens().orElse(List.of()));
        }
        return tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ApiTokens tokens = tokens();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            abort(request, "This request changes data and needs 'Authorization: Bearer <token>'");
            return;
        }
        OidcCallers people = oidc.get();
        String presented = header.substring(7).strip();
        Caller caller = tokens.caller(presented)
                .or(() -> people.enabled() ? people.caller(presented) : java.util.Optional.empty()).orElse(null);
        if (caller == null) {
            abort(request, tokens.isEmpty() && !people.enabled()
                    ? "Writes are disabled: no tokens are configured (ZHIBIAO_API_TOKENS) and no identity provider"
                    : "The bearer token is not valid");
            return;
        }
        Role[] required = required();
        if (!caller.mayDo(required)) {
            request.abortWith(ProblemMappers.respond(403, "Forbidden", "This request needs the role "
                    + String.join(" or ", Arrays.stream(required).map(Role::code).toList())
                    + "; the token's roles are " + String.join(", ", caller.roles().stream().map(Role::code).sorted().toList()),
                    request.getUriInfo()));
            return;
        }
        current.get().set(caller);
    }

    private Role[] required() {
        RequiresToken onMethod = resource.getResourceMethod().getAnnotation(RequiresToken.class);
        RequiresToken marker = onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RequiresToken.class);
        return marker.value();
    }

    private static void abort(ContainerRequestContext request, String detail) {
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                ProblemMappers.respond(401, "Unauthorized", detail, request.getUriInfo()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"zhibiao\"").build());
    }
}
