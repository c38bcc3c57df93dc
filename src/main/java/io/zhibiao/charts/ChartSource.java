package io.zhibiao.charts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An article a chart's values come from, named in its footnote; {@code corrected} when an editor corrected a value
 * the chart takes from it (io.zhibiao.corrections), which the source line then says.
 */
record ChartSource(String title, String source, LocalDate published, boolean corrected) {

    ChartSource(String title, String source, LocalDate published) {
        this(title, source, published, false);
    }

    /** One entry per article (corrected when any of its values was), newest publication first, then by title. */
    static List<ChartSource> merged(Stream<ChartSource> sources) {
        Map<List<Object>, ChartSource> byArticle = new LinkedHashMap<>();
        sources.forEach(s -> byArticle.merge(List.of(s.title(), s.source(), s.published()), s,
                (a, b) -> a.corrected() ? a : b));
        return byArticle.values().stream()
                .sorted(Comparator.comparing(ChartSource::published).reversed().thenComparing(ChartSource::title))
                .toList();
    }
}
