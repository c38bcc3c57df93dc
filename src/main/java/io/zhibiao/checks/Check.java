package io.zhibiao.checks;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import io.zhibiao.system.ProblemException;

/** A rule a statistician applies to stored figures; its wire name is the one findings and ?check= use. */
public enum Check {
    /** A stated growth rate and the two levels it relates disagree beyond rounding (or, for real growth, beyond prices). */
    GROWTH_MISMATCH("growth_mismatch"),
    /** The children of a region, or the parts of a whole (part_of), add up to more than the whole. */
    PARTS_EXCEED_WHOLE("parts_exceed_whole"),
    /** Reports of one fact whose values cannot both be true, even allowing for rounding and 约/超. */
    CONFLICTING_REPORTS("conflicting_reports"),
    /** A value 8 times or more off its neighbours in its own series: the 万/亿 slip, a misread unit. */
    JUMP("jump"),
    /** A figure stated as actual for a period that had not ended when its article was published. */
    TARGET_AS_ACTUAL("target_as_actual");

    private final String wire;

    Check(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The check named {@code value}; 400 naming the known ones otherwise. */
    static Check parse(String parameter, String value) {
        for (Check check : values()) {
            if (check.wire.equals(value)) {
                return check;
            }
        }
        throw ProblemException.badRequest("Parameter '" + parameter + "' must be one of "
                + Arrays.stream(values()).map(Check::wire).collect(Collectors.joining(", ")) + ", not '" + value + "'");
    }
}
