package io.zhibiao.corrections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Reviews as rows of the extractor's sentence table (src/test/resources/extract/sentences.tsv: text, published,
 * default_region, value, region, period, period_type, kind, indicator), the editor's attributes as the expected
 * ones, then what a regression test needs beside them: the verdict (a rejected figure is one the extractor must not
 * read: its expected columns are '-') and the attributes the extractor had read.
 */
final class SentenceTable {

    static final List<String> HEADER = List.of("text", "published", "default_region", "value", "region", "period",
            "period_type", "kind", "indicator", "verdict", "state", "figure_text", "before_value", "before_region",
            "before_period", "before_period_type", "before_kind", "before_indicator", "note", "correction_id");

    private SentenceTable() {
    }

    static String of(List<CorrectionView> reviews) {
        StringBuilder out = new StringBuilder(String.join("\t", HEADER)).append('\n');
        for (CorrectionView c : reviews) {
            FigureView b = c.before();
            FigureView a = c.after();
            List<String> row = List.of(cell(c.quote()), c.published().toString(), dash(c.defaultRegion()),
                    a == null ? "-" : a.value().toPlainString(), a == null ? "-" : a.region(),
                    a == null ? "-" : period(a.periodStart(), a.periodEnd()), a == null ? "-" : a.periodType(),
                    a == null ? "-" : a.kind(), a == null ? "-" : a.indicator(), c.verdict().code(), c.state().code(),
                    cell(c.figureText()), b.value().toPlainString(), b.region(), period(b.periodStart(), b.periodEnd()),
                    b.periodType(), b.kind(), b.indicator(), cell(c.note()), Long.toString(c.id()));
            out.append(String.join("\t", row)).append('\n');
        }
        return out.toString();
    }

    /**
     * A period as the sentence table writes it: 2025 (a year), 2025-09 (a month), 2025-01/2025-09 (months),
     * 2021/2025 (years), @2025-11-30 (only the end day counts).
     */
    static String period(LocalDate start, LocalDate end) {
        boolean monthStart = start.getDayOfMonth() == 1;
        boolean monthEnd = end.equals(YearMonth.from(end).atEndOfMonth());
        if (!monthStart || !monthEnd) {
            return "@" + end;
        }
        boolean years = start.getMonthValue() == 1 && end.getMonthValue() == 12;
        String from = years ? Integer.toString(start.getYear()) : YearMonth.from(start).toString();
        String to = years ? Integer.toString(end.getYear()) : YearMonth.from(end).toString();
        return from.equals(to) ? from : from + "/" + to;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** One cell: line breaks written as \n as the table does, tabs as spaces. */
    private static String cell(String s) {
        return s == null || s.isEmpty() ? "-" : s.replace("\t", " ").replace("\r", "").replace("\n", "\\n");
    }
}
