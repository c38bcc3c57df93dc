package io.zhibiao.checks;

import com.fasterxml.jackson.annotation.JsonValue;

import io.zhibiao.system.Codes;

/** A rule a statistician applies to stored figures; its wire name is the one findings and ?check= use. */
public enum Check {
    /** A stated growth rate and the two levels it relates disagree beyond rounding (or, for real growth, beyond prices). */
    GROWTH_MISMATCH,
    /** The children of a region, or the parts of a whole (part_of), add up to more than the whole. */
    PARTS_EXCEED_WHOLE,
    /** Reports of one fact whose values cannot both be true, even allowing for rounding and 约/超. */
    CONFLICTING_REPORTS,
    /** A value 8 times or more off its neighbours in its own series: the 万/亿 slip, a misread unit. */
    JUMP,
    /** A figure stated as actual for a period that had not ended when its article was published. */
    TARGET_AS_ACTUAL;

    /** The wire name: the constant's name in lower case, as every code of the API (system.Codes). */
    @JsonValue
    public String wire() {
        return Codes.of(this);
    }
}
