package io.zhibiao.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything one chart shows: the renderer draws exactly this, and its hash decides whether a stored
 * chart is still current.
 *
 * @param regionCodes the region charted first, then (in comparisons) the regions compared
 * @param asOf the newest publication date among the sources
 */
record ChartData(String title, String fileName, String type, String unitClass, String unitWord,
        List<String> regionCodes, List<ChartPoint> points, List<ChartSource> sources, LocalDate asOf) {

    boolean hasTargets() {
        return points.stream().anyMatch(p -> p.kind().equals("target"));
    }

    boolean hasActuals() {
        return points.stream().anyMatch(p -> p.kind().equals("actual"));
    }

    /** A hash of the content; the renderer version is part of it so a new look re-renders every chart. */
    String hash() {
        StringBuilder canonical = new StringBuilder(ChartRenderer.VERSION).append('\n')
                .append(title).append('\n').append(fileName).append('\n').append(type).append('\n')
                .append(unitClass).append('\n').append(unitWord).append('\n').append(asOf).append('\n')
                .append(regionCodes).append('\n');
        for (ChartPoint p : points) {
            canonical.append(p.category()).append('|').append(p.kind()).append('|')
                    .append(p.value().stripTrailingZeros().toPlainString()).append('|')
                    .append(p.valueMax() == null ? "" : p.valueMax().stripTrailingZeros().toPlainString())
                    .append('|').append(p.qualifier()).append('\n');
        }
        for (ChartSource s : sources) {
            canonical.append(s.title()).append('|').append(s.source()).append('|').append(s.published()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
