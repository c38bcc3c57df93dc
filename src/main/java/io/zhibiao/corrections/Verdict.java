package io.zhibiao.corrections;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an editor says of a figure: it was right, some of its attributes were wrong, or it is no figure at all. */
public enum Verdict {
    ACCEPT, CORRECT, REJECT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
