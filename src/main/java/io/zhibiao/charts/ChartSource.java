package io.zhibiao.charts;

import java.time.LocalDate;

/** An article a chart's values come from, named in its footnote. */
record ChartSource(String title, String source, LocalDate published) {
}
