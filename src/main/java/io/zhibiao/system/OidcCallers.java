package io.zhibiao.system;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The caller behind a bearer token the OpenID Connect provider signed: the signature is checked against the keys the
 * provider publishes (found through its discovery document, cached and refreshed by Nimbus when a new key id
 * appears), then the issuer, expiry and (when configured) audience. Asked only for a write whose token is none of
 * ZHIBIAO_API_TOKENS, and only when an issuer is configured.
 */
@ApplicationScoped
class OidcCallers {

    private static final Logger LOG = Logger.getLogger(OidcCallers.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<JWSAlgorithm> SIGNATURES = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.EdDSA);

    @Inject
    OidcConfig config;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    boolean enabled() {
        return config.issuer().filter(i -> !i.isBlank()).isPresent();
    }

    /** The token's caller, or empty when the provider does not vouch for it (bad signature, expired, other issuer). */
    Optional<Caller> caller(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (java.text.ParseException | com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
            LOG.debugf("A bearer token was refused: %s", e.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // The provider could not be reached for its keys: refuse, and say so in the log (not to the client).
            LOG.warnf("The identity provider %s could not be asked for its keys: %s", issuer(), e.toString());
            return Optional.empty();
        }
        return Optional.of(new Caller("oidc:" + claims.getSubject(), displayName(claims), roles(claims), region(claims)));
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws IOException {
        DefaultJWTProcessor<SecurityContext> built = processor;
        if (built == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = build();
                }
                built = processor;
            }
        }
        return built;
    }

    private DefaultJWTProcessor<SecurityContext> build() throws IOException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(new URL(jwksUri())).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
        built.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
        JWTClaimsSet expected = new JWTClaimsSet.Builder().issuer(issuer()).build();
        built.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(config.audience().orElse(null), expected,
                Set.of("sub", "exp", "iat")));
        return built;
    }

    /** The key set's address from the provider's discovery document. */
    private String jwksUri() throws IOException {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException(discovery + " answered " + answer.statusCode());
            }
            String jwks = new ObjectMapper().readTree(answer.body()).path("jwks_uri").asText("");
            if (jwks.isEmpty()) {
                throw new IOException(discovery + " names no jwks_uri");
            }
            return jwks;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + discovery, e);
        }
    }

    String issuer() {
        return config.issuer().orElse("").strip().replaceAll("/+$", "");
    }

    /** Roles at the configured claim path (realm_access/roles, roles, groups …); names that are not ours are ignored. */
    private Set<Role> roles(JWTClaimsSet claims) {
        Object at = claims.getClaims();
        for (String step : config.roleClaim().split("/")) {
            at = at instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (at instanceof Collection<?> names) {
            for (Object name : new HashSet<>(names)) {
                Role.of(String.valueOf(name)).ifPresent(roles::add);
            }
        } else if (at instanceof String name) {
            Role.of(name).ifPresent(roles::add);
        }
        return roles;
    }

    private static String displayName(JWTClaimsSet claims) {
        Object name = claims.getClaim("name");
        return name != null ? name.toString() : (String) claims.getClaim("preferred_username");
    }

    /** A region claim that is not a 6-digit code limits the editor to nothing rather than to everything. */
    private String region(JWTClaimsSet claims) {
        Object claim = claims.getClaim(config.regionClaim());
        if (claim == null) {
            return null;
        }
        String code = String.valueOf(claim).strip();
        return code.matches("[1-9][0-9]{5}") ? code : "000000";
    }
}
