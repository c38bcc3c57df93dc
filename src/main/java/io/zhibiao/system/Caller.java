package io.zhibiao.system;

import java.util.Set;

/**
 * Who sent a write: a subject that never reveals a token ({@code token:1a2b3c4d}, the start of its SHA-256; or
 * {@code oidc:} and the identity provider's subject), a display name where the provider gives one, the roles, and
 * the region an editor is limited to (a 6-digit code, null for everywhere). Records of who changed what name the
 * subject and the name.
 */
public record Caller(String subject, String name, Set<Role> roles, String region) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Whether this caller is limited to one region's subtree. */
    public boolean limitedToRegion() {
        return region != null;
    }

    /** Whether this caller may do what needs any one of {@code required}; an admin may do everything. */
    public boolean mayDo(Role... required) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        for (Role role : required) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
