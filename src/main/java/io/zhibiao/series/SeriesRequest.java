package io.zhibiao.series;

/**
 * A request for series as GET /api/series takes it: its query parameters as sent (null when absent), checked by
 * {@link SeriesAnswers}.
 */
public record SeriesRequest(String indicator, String region, String from, String to, String kind, String periodType,
        String asOf, String units, String format, String breakdown) {

    /**
     * The plain request a dashboard makes for one series: /api/series?indicator=…&region=…&periodType=…, with
     * &breakdown=… for one item of a classification ({@code breakdownKey} is its canonical key, product=粗钢, '' for
     * the indicator's total).
     */
    public static SeriesRequest of(String indicator, String region, String periodType, String breakdownKey) {
        return new SeriesRequest(indicator, region, null, null, null, periodType, null, null, null,
                BreakdownParam.parameter(breakdownKey));
    }

    /** The query string of {@link #of}: what a client asks GET /api/series with (values URL-encoded). */
    public String query() {
        String query = "indicator=" + encode(indicator) + "&region=" + encode(region) + "&periodType=" + encode(periodType);
        return breakdown == null ? query : query + "&breakdown=" + encode(breakdown);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
