package io.zhibiao.regions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import io.zhibiao.system.Codes;

/** The levels of the gazetteer, from the top down; a roll-up goes from a parent to a level below it. */
public enum Level {
    COUNTRY("countries"), PROVINCE("provinces"), PREFECTURE("prefecture-level units"), COUNTY("county-level units");

    /** The levels a query may ask for under a parent: all but the country. */
    public static final List<Level> BELOW_COUNTRY = List.of(PROVINCE, PREFECTURE, COUNTY);

    private final String plural;

    Level(String plural) {
        this.plural = plural;
    }

    /** As stored in region.level and written in answers. */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /** The regions of this level in a sentence: "county-level units". */
    public String plural() {
        return plural;
    }

    /** True when {@code other} lies below this level. */
    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }
}
