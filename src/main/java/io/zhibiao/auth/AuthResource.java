package io.zhibiao.auth;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.Caller;
import io.zhibiao.system.CurrentCaller;
import io.zhibiao.system.OidcConfig;
import io.zhibiao.system.RequiresToken;
import io.zhibiao.system.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How a person signs in (for the review page), and who a token belongs to. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    /** Where to sign in, or none when the service knows only static tokens. */
    @Schema(description = "The OpenID Connect provider people sign in with")
    public record SignIn(
            @Schema(description = "The issuer (its discovery document is at issuer + /.well-known/openid-configuration)",
                    example = "https://sso.example.org/realms/zhibiao") String issuer,
            @Schema(description = "The client a browser signs in as", example = "zhibiao") String clientId) {
    }

    @Schema(description = "How to sign in")
    public record Methods(@Schema(description = "The identity provider, null where only static tokens are used") SignIn oidc) {
    }

    @Schema(description = "Who a token belongs to")
    public record Me(@Schema(description = "token:… for a static token, oidc:… for a person", example = "oidc:ca2a7d1b") String subject,
            @Schema(description = "The person's name, where the provider gives one", example = "张三") String name,
            @Schema(description = "Roles: ingest, editor, admin") List<Role> roles,
            @Schema(description = "The region an editor is limited to (with the ones under it); null for everywhere",
                    example = "360700") String region) {
    }

    @Inject
    OidcConfig oidc;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "How people sign in", description = "The OpenID Connect issuer and client, or oidc null.")
    public Methods methods() {
        return new Methods(oidc.issuer().filter(i -> !i.isBlank())
                .map(issuer -> new SignIn(issuer.strip().replaceAll("/+$", ""), oidc.clientId())).orElse(null));
    }

    @GET
    @Path("/me")
    @RequiresToken({ Role.INGEST, Role.EDITOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who the bearer token belongs to", description = "401 for an unknown token, 403 for one with no role.")
    public Me me() {
        Caller me = caller.get();
        return new Me(me.subject(), me.name(), me.roles().stream().sorted().toList(), me.region());
    }
}
