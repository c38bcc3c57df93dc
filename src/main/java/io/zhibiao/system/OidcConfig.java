package io.zhibiao.system;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The OpenID Connect provider people sign in with (env ZHIBIAO_OIDC_*); none without an issuer. */
@ConfigMapping(prefix = "zhibiao.oidc")
public interface OidcConfig {

    /** The issuer: the iss claim of its tokens, whose discovery document names its keys. */
    Optional<String> issuer();

    /** The client the review page signs in as. */
    String clientId();

    /** Where the roles are in a token: a path of claims separated by '/'. */
    String roleClaim();

    /** The claim with the 6-digit code of the region an editor is limited to. */
    String regionClaim();

    /** The audience an access token must name, where the provider sets one; unset: not checked. */
    Optional<String> audience();
}
