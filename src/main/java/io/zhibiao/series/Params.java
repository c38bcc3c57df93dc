package io.zhibiao.series;

import io.zhibiao.extract.Kind;
import io.zhibiao.regions.Level;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;

/** Checks of query parameters shared by the read endpoints; each failure names its parameter. */
final class Params {

    static final String ALL_CHINA = "000000";

    private Params() {
    }

    static Kind kind(String value, Kind fallback) {
        return Codes.parameter("kind", value, java.util.List.of(Kind.values()), fallback);
    }

    /** The level of the regions an answer lists: below the country, required. */
    static Level level(String value) {
        return Codes.parameter("level", value, Level.BELOW_COUNTRY, null);
    }

    /** An optional region parameter, all China when absent. */
    static String orAllChina(String code) {
        return code == null || code.isBlank() ? ALL_CHINA : code;
    }

    static void requireBelow(Level parentLevel, String parentCode, Level level) {
        if (!parentLevel.isAbove(level)) {
            throw ProblemException.badRequest("Parameter 'level': " + level.code() + " is not below " + parentCode + ", a "
                    + parentLevel.code());
        }
    }

    static int limit(String value, int fallback, int max) {
        return (int) Inputs.wholeNumber("limit", value == null || value.isBlank() ? null : value, fallback, 1, max);
    }
}
