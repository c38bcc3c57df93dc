package io.zhibiao.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.zhibiao.extract.Breakdowns;

/**
 * The CSV column that names an answer's breakdown (product=粗钢), after the indicator's; only in answers about a
 * breakdown, so the CSV of an indicator's total keeps the columns it always had.
 */
final class BreakdownColumn {

    private BreakdownColumn() {
    }

    static List<String> header(Map<String, String> breakdown, String first, String... rest) {
        return withBreakdown(breakdown, "breakdown", first, rest);
    }

    static List<Object> row(Map<String, String> breakdown, Object first, Object... rest) {
        return withBreakdown(breakdown, Breakdowns.key(breakdown), first, rest);
    }

    private static <T> List<T> withBreakdown(Map<String, String> breakdown, T named, T first, T[] rest) {
        List<T> out = new ArrayList<>(rest.length + 2);
        out.add(first);
        if (breakdown != null) {
            out.add(named);
        }
        out.addAll(Arrays.asList(rest));
        return out;
    }
}
