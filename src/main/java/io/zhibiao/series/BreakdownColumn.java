package io.zhibiao.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zhibiao.extract.Breakdowns;

/**
 * The CSV column that names an answer's breakdown (product=粗钢), right before {@code region_code} in every CSV answer
 * (series, roll-up, latest values, ranking); only in answers about a breakdown, so the CSV of an indicator's total keeps
 * the columns it always had.
 */
final class BreakdownColumn {

    static final String NAME = "breakdown";

    private BreakdownColumn() {
    }

    /** The header: {@code leading} columns, the breakdown column when asked about one, then the region's and the rest. */
    static List<String> header(Map<String, String> breakdown, List<String> leading, List<String> rest) {
        return joined(breakdown, NAME, leading, rest);
    }

    /** A row of the same shape as {@link #header}. */
    static List<Object> row(Map<String, String> breakdown, List<?> leading, List<?> rest) {
        return joined(breakdown, Breakdowns.key(breakdown), leading, rest);
    }

    private static <T> List<T> joined(Map<String, String> breakdown, T named, List<? extends T> leading,
            List<? extends T> rest) {
        List<T> out = new ArrayList<>(leading.size() + rest.size() + 1);
        out.addAll(leading);
        if (breakdown != null) {
            out.add(named);
        }
        out.addAll(rest);
        return out;
    }
}
