package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Draws chart data as a PNG in one fixed style; the same data gives the same bytes, since nothing
 * time-dependent is drawn and the rendering hints are fixed.
 */
@ApplicationScoped
class ChartRenderer {

    /** Part of every data hash: bump it when the look changes so every stored chart is redrawn. */
    static final String VERSION = "charts-2";

    static final String ACTUAL = "实际";
    static final String TARGET = "目标";
    private static final String VALUES = "数值";
    private static final Color ACTUAL_COLOR = new Color(0x2B5C8A);
    private static final Color TARGET_COLOR = new Color(0xD9822B);
    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x666666);
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Color AXIS = new Color(0xB0B0B0);
    private static final int MAX_SOURCES = 3;
    private static final int MAX_SOURCE_TITLE = 26;

    private final ChartFonts fonts;

    ChartRenderer(ChartFonts fonts) {
        this.fonts = fonts;
    }

    /** A PNG of {@code width*scale} × {@code height*scale} pixels, laid out for {@code width} × {@code height}. */
    byte[] render(ChartData data, int width, int height, int scale) {
        JFreeChart chart = chart(data, fonts.require());
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHints(hints());
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a PNG in memory", e);
        }
        return png.toByteArray();
    }

    /** Every text the chart draws besides axis numbers, so a font can be checked against them. */
    List<String> texts(ChartData data) {
        Labels labels = labels(data);
        List<String> texts = new ArrayList<>();
        texts.add(data.title());
        texts.add(subtitle(labels.scale));
        texts.addAll(categories(data));
        texts.addAll(new LinkedHashSet<>(labels.text.values()));
        texts.addAll(List.of(ACTUAL, TARGET));
        texts.add(sourcesLine(data));
        texts.add(notesLine(data));
        return texts;
    }

    private JFreeChart chart(ChartData data, ChartFonts.Faces faces) {
        Font font = faces.regular();
        Labels labels = labels(data);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean grouped = data.type().equals("line") || sharesACategory(data);
        for (ChartPoint p : data.points()) {
            dataset.addValue(labels.scale.scaled(p.value()), grouped ? kindLabel(p.kind()) : VALUES, p.category());
        }
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(font.deriveFont(Font.PLAIN, 14f));
        categoryAxis.setTickLabelPaint(TEXT);
        categoryAxis.setAxisLinePaint(AXIS);
        categoryAxis.setTickMarksVisible(false);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setLowerMargin(0.04);
        categoryAxis.setUpperMargin(0.04);

        NumberAxis valueAxis = new NumberAxis();
        valueAxis.setTickLabelFont(font.deriveFont(Font.PLAIN, 13f));
        valueAxis.setTickLabelPaint(MUTED);
        valueAxis.setAxisLineVisible(false);
        valueAxis.setTickMarksVisible(false);
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(0.14);
        valueAxis.setNumberFormatOverride(new DecimalFormat("#,##0.##"));

        AbstractCategoryItemRenderer renderer = data.type().equals("line") ? lineRenderer(data) : barRenderer(data, grouped);
        renderer.setDefaultItemLabelGenerator(new QualifiedLabels(labels.text));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(faces.bold(13f));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        renderer.setDefaultLegendTextFont(font.deriveFont(Font.PLAIN, 13f));
        renderer.setDefaultLegendTextPaint(TEXT);

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 4, 4, 8));

        JFreeChart chart = new JFreeChart(null, font, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(18, 22, 14, 26));
        chart.setRenderingHints(hints());
        chart.setTitle(title(data.title(), faces.bold(22f), TEXT, RectangleEdge.TOP,
                new RectangleInsets(0, 0, 4, 0)));
        chart.addSubtitle(title(subtitle(labels.scale), font.deriveFont(Font.PLAIN, 14f), MUTED, RectangleEdge.TOP,
                new RectangleInsets(0, 0, 10, 0)));
        if (data.hasTargets()) {
            plot.setFixedLegendItems(legendItems(data, font));
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(font.deriveFont(Font.PLAIN, 13f));
            legend.setMargin(new RectangleInsets(0, 0, 6, 0));
            chart.addSubtitle(legend);
        }
        chart.addSubtitle(title(sourcesLine(data), font.deriveFont(Font.PLAIN, 12f), MUTED, RectangleEdge.BOTTOM,
                new RectangleInsets(10, 0, 0, 0)));
        chart.addSubtitle(title(notesLine(data), font.deriveFont(Font.PLAIN, 12f), MUTED, RectangleEdge.BOTTOM,
                new RectangleInsets(2, 0, 0, 0)));
        return chart;
    }

    private static org.jfree.chart.LegendItemCollection legendItems(ChartData data, Font font) {
        var items = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape box = new Rectangle(-6, -6, 12, 12);
        boolean line = data.type().equals("line");
        for (String kind : kinds(data)) {
            boolean target = kind.equals("target");
            Color color = target ? TARGET_COLOR : ACTUAL_COLOR;
            org.jfree.chart.LegendItem item = line
                    ? new org.jfree.chart.LegendItem(kindLabel(kind), null, null, null, false, box, false, color, false,
                            color, new BasicStroke(1f), true, new java.awt.geom.Line2D.Double(-10, 0, 10, 0),
                            lineStroke(target), color)
                    : new org.jfree.chart.LegendItem(kindLabel(kind), null, null, null, box, target ? hatch() : color,
                            new BasicStroke(1.5f), color);
            item.setLabelFont(font.deriveFont(Font.PLAIN, 13f));
            item.setLabelPaint(TEXT);
            items.add(item);
        }
        return items;
    }

    private static BasicStroke lineStroke(boolean target) {
        return target
                ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f)
                : new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static TextTitle title(String text, Font font, Color paint, RectangleEdge edge, RectangleInsets padding) {
        TextTitle title = new TextTitle(text, font);
        title.setPaint(paint);
        title.setPosition(edge);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPadding(padding);
        return title;
    }

    private static LineAndShapeRenderer lineRenderer(ChartData data) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setDefaultShapesFilled(true);
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(Color.WHITE);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        renderer.setItemLabelAnchorOffset(6);
        int row = 0;
        for (String kind : kinds(data)) {
            boolean target = kind.equals("target");
            renderer.setSeriesPaint(row, target ? TARGET_COLOR : ACTUAL_COLOR);
            renderer.setSeriesStroke(row, lineStroke(target));
            renderer.setSeriesShape(row, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
            row++;
        }
        return renderer;
    }

    /** Whether some period has both an actual and a target, so bars must stand side by side. */
    private static boolean sharesACategory(ChartData data) {
        return data.points().stream().collect(java.util.stream.Collectors.groupingBy(ChartPoint::category,
                java.util.stream.Collectors.mapping(ChartPoint::kind, java.util.stream.Collectors.toSet())))
                .values().stream().anyMatch(kinds -> kinds.size() > 1);
    }

    private static BarRenderer barRenderer(ChartData data, boolean grouped) {
        if (!grouped) {
            return kindPaintedBars(data);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.06);
        renderer.setItemLabelAnchorOffset(4);
        int row = 0;
        for (String kind : kinds(data)) {
            boolean target = kind.equals("target");
            renderer.setSeriesPaint(row, target ? hatch() : ACTUAL_COLOR);
            renderer.setSeriesOutlinePaint(row, target ? TARGET_COLOR : ACTUAL_COLOR);
            renderer.setSeriesOutlineStroke(row, new BasicStroke(target ? 1.5f : 1f));
            row++;
        }
        return renderer;
    }

    // One row, each bar painted by its kind: a lone bar stays centred on its period.
    private static BarRenderer kindPaintedBars(ChartData data) {
        Map<String, Boolean> target = new HashMap<>();
        data.points().forEach(p -> target.put(p.category(), p.kind().equals("target")));
        Paint hatch = hatch();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return isTarget(column) ? hatch : ACTUAL_COLOR;
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return isTarget(column) ? TARGET_COLOR : ACTUAL_COLOR;
            }

            private boolean isTarget(int column) {
                return target.get((String) getPlot().getDataset().getColumnKey(column));
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemLabelAnchorOffset(4);
        return renderer;
    }

    // Targets are hatched, never solid, so a plan cannot pass for an achievement in a black-and-white print.
    private static Paint hatch() {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(new Color(0xFBEBDD));
        g.fillRect(0, 0, 8, 8);
        g.setColor(TARGET_COLOR);
        g.setStroke(new BasicStroke(1.6f));
        g.drawLine(0, 8, 8, 0);
        g.drawLine(-4, 4, 4, -4);
        g.drawLine(4, 12, 12, 4);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }

    private static List<String> kinds(ChartData data) {
        Set<String> kinds = new LinkedHashSet<>();
        data.points().forEach(p -> kinds.add(p.kind()));
        return List.copyOf(kinds);
    }

    private static List<String> categories(ChartData data) {
        Set<String> categories = new LinkedHashSet<>();
        data.points().forEach(p -> categories.add(p.category()));
        return List.copyOf(categories);
    }

    private static String kindLabel(String kind) {
        return kind.equals("target") ? TARGET : ACTUAL;
    }

    private static String subtitle(UnitScale scale) {
        return scale.label().isEmpty() ? "单位：比值" : "单位：" + scale.label();
    }

    private static String sourcesLine(ChartData data) {
        StringBuilder line = new StringBuilder("来源：");
        List<ChartSource> sources = data.sources();
        for (int i = 0; i < Math.min(MAX_SOURCES, sources.size()); i++) {
            ChartSource s = sources.get(i);
            if (i > 0) {
                line.append("；");
            }
            line.append(s.source()).append("《").append(shorten(s.title())).append("》，").append(s.published());
        }
        if (sources.size() > MAX_SOURCES) {
            line.append(" 等").append(sources.size()).append("篇报道");
        }
        return line.toString();
    }

    private static String notesLine(ChartData data) {
        List<String> notes = new ArrayList<>();
        Set<String> qualifiers = new LinkedHashSet<>();
        data.points().forEach(p -> qualifiers.add(p.qualifier()));
        if (qualifiers.contains("approx")) {
            notes.add("“约”为约数");
        }
        if (qualifiers.contains("at_least")) {
            notes.add("“≥”为下限");
        }
        if (qualifiers.contains("at_most")) {
            notes.add("“≤”为上限");
        }
        if (qualifiers.contains("range") || qualifiers.contains("at_least")) {
            notes.add("区间和下限值的柱高或点位取下限");
        }
        if (data.hasTargets()) {
            notes.add(data.type().equals("line") ? "虚线为目标值" : "斜线填充为目标值");
        }
        String prefix = notes.isEmpty() ? "" : "注：" + String.join("，", notes) + "。";
        return prefix + "数据截至" + data.asOf();
    }

    private static String shorten(String title) {
        return title.codePointCount(0, title.length()) <= MAX_SOURCE_TITLE ? title
                : title.substring(0, title.offsetByCodePoints(0, MAX_SOURCE_TITLE)) + "…";
    }

    private static RenderingHints hints() {
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return hints;
    }

    private static Labels labels(ChartData data) {
        BigDecimal maxAbs = data.points().stream()
                .map(p -> (p.valueMax() == null ? p.value() : p.value().abs().max(p.valueMax().abs())).abs())
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        UnitScale scale = UnitScale.of(data.unitClass(), data.unitWord(), maxAbs);
        Map<String, String> text = new HashMap<>();
        for (ChartPoint p : data.points()) {
            String label = valueLabel(p, scale);
            text.put(kindLabel(p.kind()) + "\u0000" + p.category(), label);
            // Ungrouped bars sit in one row; each of its categories holds one point.
            text.putIfAbsent(VALUES + "\u0000" + p.category(), label);
        }
        return new Labels(scale, text);
    }

    /** The number as printed on the chart, with its qualifier: 约2,000, ≥1,500, 300–500. */
    static String valueLabel(ChartPoint p, UnitScale scale) {
        String value = number(p.value(), scale);
        return switch (p.qualifier()) {
            case "approx" -> "约" + value;
            case "at_least" -> "≥" + value;
            case "at_most" -> "≤" + value;
            case "range" -> p.valueMax() == null ? value : value + "–" + number(p.valueMax(), scale);
            default -> value;
        };
    }

    private static String number(BigDecimal value, UnitScale scale) {
        // Up to four decimals: a label rounds only what the scale made fractional, never a stored digit away.
        BigDecimal scaled = value.divide(scale.divisor()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.####");
        return format.format(scaled);
    }

    private record Labels(UnitScale scale, Map<String, String> text) {
    }

    /** Labels each item with its value as printed, qualifier included. */
    private static final class QualifiedLabels implements CategoryItemLabelGenerator {

        private final Map<String, String> text;

        QualifiedLabels(Map<String, String> text) {
            this.text = text;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return text.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }
    }
}
