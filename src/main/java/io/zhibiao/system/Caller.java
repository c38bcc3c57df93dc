package io.zhibiao.system;

import java.util.Set;

/**
 * Who sent a write: a subject that never reveals the token ({@code token:1a2b3c4d}, the start of its SHA-256) and
 * the roles it carries. Records of who changed what (corrections) name the subject.
 */
public record Caller(String subject, String name, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
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
