package io.zhibiao.series;

import java.util.List;
import java.util.Set;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;

/** Checks of query parameters shared by the read endpoints; each failure names its parameter. */
final class Params {

    /** Region levels from the top down; a roll-up goes from a parent to a level below it. */
    static final List<String> LEVELS = List.of("country", "province", "prefecture", "county");
    static final Set<String> KINDS = Set.of("actual", "target");
    static final String ALL_CHINA = "000000";

    private Params() {
    }

    static String oneOf(String parameter, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw ProblemException.badRequest("Parameter '" + parameter + "' is required: one of " + allowed);
            }
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' must be one of " + allowed + ", not '" + value + "'");
        }
        return value;
    }

    static String kind(String value, String fallback) {
        return oneOf("kind", value, List.of("actual", "target"), fallback);
    }

    static String level(String value) {
        return oneOf("level", value, LEVELS.subList(1, LEVELS.size()), null);
    }

    /** An optional region parameter, all China when absent. */
    static String orAllChina(String code) {
        return code == null || code.isBlank() ? ALL_CHINA : code;
    }

    static void requireBelow(String parentLevel, String parentCode, String level) {
        if (LEVELS.indexOf(level) <= LEVELS.indexOf(parentLevel)) {
            throw ProblemException.badRequest("Parameter 'level': " + level + " is not below " + parentCode + ", a "
                    + parentLevel);
        }
    }

    static int limit(String value, int fallback, int max) {
        return (int) Inputs.wholeNumber("limit", value == null || value.isBlank() ? null : value, fallback, 1, max);
    }
}
