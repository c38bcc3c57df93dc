package io.zhibiao.series;

/**
 * A request for series as GET /api/series takes it: its query parameters as sent (null when absent), checked by
 * {@link SeriesAnswers}.
 */
public record SeriesRequest(String indicator, String region, String from, String to, String kind, String periodType,
        String asOf, String units, String format, String breakdown) {

    /** The plain request a dashboard makes for one series: /api/series?indicator=…&region=…&periodType=…. */
    public static SeriesRequest of(String indicator, String region, String periodType) {
        return new SeriesRequest(indicator, region, null, null, null, periodType, null, null, null, null);
    }
}
