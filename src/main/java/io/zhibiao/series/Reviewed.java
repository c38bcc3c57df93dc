package io.zhibiao.series;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a person said of a stored figure (io.zhibiao.corrections): it was right, or they corrected it. */
public enum Reviewed {
    ACCEPTED, CORRECTED;

    /** As stored in observation.reviewed and written in answers. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
