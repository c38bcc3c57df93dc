package io.zhibiao.corrections;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a review stands after the latest extraction of its document: applied (active), its figure no longer read
 * at its place (orphaned: listed for a person, never dropped), or the extractor now reads what the editor said
 * (redundant: a corrected figure read right, a rejected one no longer read).
 */
public enum CorrectionState {
    ACTIVE, ORPHANED, REDUNDANT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
