package io.zhibiao.system;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The caller behind a bearer token signed by the OpenID Connect provider (quarkus-oidc checks the signature, issuer,
 * expiry and audience). Asked only for a write whose token is none of ZHIBIAO_API_TOKENS, and only when OIDC is on.
 */
@ApplicationScoped
class OidcCallers {

    /** How long a write waits for the provider's keys on the first token (later ones are checked from the cache). */
    private static final Duration PROVIDER_WAIT = Duration.ofSeconds(10);

    private final boolean enabled;
    private final String regionClaim;
    private final CurrentIdentityAssociation identities;

    OidcCallers(@ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean enabled,
            @ConfigProperty(name = "zhibiao.oidc.region-claim") String regionClaim,
            CurrentIdentityAssociation identities) {
        this.enabled = enabled;
        this.regionClaim = regionClaim;
        this.identities = identities;
    }

    boolean enabled() {
        return enabled;
    }

    /** The token's caller, or empty when the provider does not vouch for it (bad signature, expired, other issuer). */
    Optional<Caller> caller() {
        SecurityIdentity identity;
        try {
            identity = identities.getDeferredIdentity().await().atMost(PROVIDER_WAIT);
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.of(new Caller("oidc:" + token.getSubject(), displayName(token), roles(identity), region(token)));
    }

    private static Set<Role> roles(SecurityIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(name -> Role.of(name).ifPresent(roles::add));
        return roles;
    }

    private static String displayName(JsonWebToken token) {
        Object name = token.getClaim("name");
        return name != null ? name.toString() : token.getClaim("preferred_username");
    }

    /** A region claim that is not a 6-digit code limits the editor to nothing rather than to everything. */
    private String region(JsonWebToken token) {
        Object claim = token.getClaim(regionClaim);
        if (claim == null) {
            return null;
        }
        String code = claim.toString().replace("\"", "").strip();
        return code.matches("[1-9][0-9]{5}") ? code : "000000";
    }
}
