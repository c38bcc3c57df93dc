package io.zhibiao.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import io.zhibiao.extract.UnitClass;

/**
 * Everything one chart shows: the renderer draws exactly this, the CSV lists exactly these points, and
 * its hash decides whether a stored chart is still current.
 *
 * @param kind        series, compare, target-vs-actual, level-growth or on-demand
 * @param type        line or bar
 * @param regionCodes the region charted first, then (in comparisons) the regions compared
 * @param regionName  the name of the region charted (the parent in comparisons)
 */
record ChartData(String kind, String indicator, String indicatorName, String title, String fileName, String type,
        UnitClass unitClass, String unitWord, List<String> regionCodes, String regionName, List<ChartPoint> points,
        List<ChartSource> sources) {

    /** The points drawn against the value axis: every point but the growth rates of a level-growth chart. */
    List<ChartPoint> levels() {
        return points.stream().filter(p -> !p.growth() && !p.share()).toList();
    }

    /** The growth rates of a level-growth chart (stated or computed), in percent; empty on other charts. */
    List<ChartPoint> growthRates() {
        return points.stream().filter(ChartPoint::growth).toList();
    }

    /** The same chart with other points and sources (the growth rates joined to their levels). */
    ChartData with(List<ChartPoint> newPoints, List<ChartSource> newSources) {
        return new ChartData(kind, indicator, indicatorName, title, fileName, type, unitClass, unitWord, regionCodes, regionName,
                newPoints, newSources);
    }

    boolean hasTargets() {
        return points.stream().anyMatch(ChartPoint::target);
    }

    /** Whether points sit on a time axis (series) rather than side by side as regions (comparisons). */
    boolean overTime() {
        return !kind.equals("compare") && !kind.equals(RankingPlot.KIND) && !kind.equals(StructurePlot.KIND)
                && !kind.equals(CumulativePlot.KIND);
    }

    LocalDate periodStart() {
        return points.stream().map(ChartPoint::periodStart).min(Comparator.naturalOrder()).orElseThrow();
    }

    LocalDate periodEnd() {
        return points.stream().map(ChartPoint::periodEnd).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** What "数据截至" says: the end of the last period with an actual value (targets look ahead, they are not data to date). */
    LocalDate dataEnd() {
        return points.stream().filter(p -> !p.target()).map(ChartPoint::periodEnd).max(Comparator.naturalOrder())
                .orElseGet(this::periodEnd);
    }

    /** A hash of the content; the renderer version is part of it so a new look re-renders every chart. */
    String hash() {
        StringBuilder canonical = new StringBuilder(ChartRenderer.VERSION).append('\n')
                .append(kind).append('\n').append(indicator).append('\n').append(indicatorName).append('\n')
                .append(title).append('\n').append(fileName).append('\n').append(type).append('\n')
                .append(unitClass.code()).append('\n').append(unitWord).append('\n').append(regionName).append('\n')
                .append(regionCodes).append('\n');
        for (ChartPoint p : points) {
            canonical.append(p.category()).append('|').append(p.periodType().code()).append('|').append(p.periodStart())
                    .append('|').append(p.periodEnd()).append('|').append(p.regionCode()).append('|').append(p.kind().code())
                    .append('|').append(p.value().stripTrailingZeros().toPlainString()).append('|')
                    .append(p.valueMax() == null ? "" : p.valueMax().stripTrailingZeros().toPlainString())
                    .append('|').append(p.qualifier().code())
                    // Levels hash as before, so existing charts are not redrawn for this field.
                    .append(p.role() != ChartPoint.Role.LEVEL ? "|" + p.role().code : "")
                    .append(p.indicator() != null ? "|" + p.indicator() : "").append('\n');
        }
        for (ChartSource s : sources) {
            canonical.append(s.title()).append('|').append(s.source()).append('|').append(s.published())
                    .append(s.corrected() ? "|corrected" : "").append('\n'); // unreviewed charts hash as before
        }
        return sha256(canonical.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
