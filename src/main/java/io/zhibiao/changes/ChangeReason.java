package io.zhibiao.changes;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What changed a series: a document stored, deleted (to the trash), restored from the trash or purged from it, read
 * again by a newer extractor, or a figure corrected by an editor.
 */
public enum ChangeReason {
    INGEST, DELETE, REEXTRACT, RESTORE, PURGE, CORRECTION;

    /** As stored in series_change.reason and written in answers. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The reason a stored wire name stands for. */
    public static ChangeReason of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }
}
