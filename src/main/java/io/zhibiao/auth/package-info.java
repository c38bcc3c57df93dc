/**
 * Who may write: how a person signs in ({@code /api/auth}, the OpenID Connect provider of the review page) and whom
 * a bearer token belongs to. The checks themselves (static tokens with roles, OIDC access tokens, an editor's region)
 * sit in {@link io.zhibiao.system} because every feature's writes use them ({@code @RequiresToken}).
 */
package io.zhibiao.auth;
