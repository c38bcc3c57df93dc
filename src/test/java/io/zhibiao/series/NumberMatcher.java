package io.zhibiao.series;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a JSON number by value, whatever Java type the JSON path gave it (Integer, Long, Float …). */
public final class NumberMatcher extends TypeSafeMatcher<Number> {

    private final double expected;

    private NumberMatcher(double expected) {
        this.expected = expected;
    }

    public static Matcher<Number> number(double expected) {
        return new NumberMatcher(expected);
    }

    @Override
    protected boolean matchesSafely(Number actual) {
        return Math.abs(actual.doubleValue() - expected) <= Math.abs(expected) * 1e-9;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("the number " + expected);
    }
}
