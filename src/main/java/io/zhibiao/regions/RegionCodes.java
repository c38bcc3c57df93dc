package io.zhibiao.regions;

import java.util.regex.Pattern;

import io.zhibiao.system.ProblemException;

/** The shape of a region code: six digits (GB/T 2260). */
public final class RegionCodes {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private RegionCodes() {
    }

    /** Answers 400 naming the parameter when {@code value} is not six digits. */
    public static void requireWellFormed(String parameter, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' must be a 6-digit region code (GB/T 2260), not '"
                    + value + "'");
        }
    }
}
