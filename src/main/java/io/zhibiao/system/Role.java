package io.zhibiao.system;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a caller may change. A plain token of ZHIBIAO_API_TOKENS is {@link #INGEST}; {@code token:editor+admin}
 * names roles. An admin may do whatever any other role may.
 */
public enum Role {
    /** Store documents, delete them to the trash, re-extract: what writing machines did before roles existed. */
    INGEST,
    /** Review figures: accept, correct or reject them. */
    EDITOR,
    /** Everything, including what cannot be undone (purging the trash). */
    ADMIN;

    /** As written in ZHIBIAO_API_TOKENS and in answers. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a written name stands for, or empty when none does. */
    public static java.util.Optional<Role> of(String code) {
        for (Role role : values()) {
            if (role.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
