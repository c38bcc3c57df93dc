package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;


import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.series.DisplayUnit;
import io.zhibiao.series.PeriodLabels;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Draws chart data as PNG or SVG in one fixed style whose fonts, margins, strokes and tick counts follow
 * the size; the same data gives the same bytes, since nothing time-dependent is drawn, the font is
 * the bundled one and the rendering hints are fixed.
 */
@ApplicationScoped
class ChartRenderer {

    /** Part of every data hash: bump it when the look changes so every stored chart is redrawn. */
    static final String VERSION = "charts-3";

    /** The smallest layout size that keeps the plot and every text apart; smaller requests answer 400. */
    static final int MIN_WIDTH = 320, MIN_HEIGHT = 200;

    static final String ACTUAL = "实际";
    static final String TARGET = "目标";
    private static final Color[] ACTUAL_COLORS = { new Color(0x2B5C8A), new Color(0x2A9D8F), new Color(0x7B5EA7),
            new Color(0x5B8E3E), new Color(0x8C6D31), new Color(0x555555) };
    private static final Color[] TARGET_COLORS = { new Color(0xD9822B), new Color(0xB5495B), new Color(0xA86F00) };
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x666666);
    private static final Color GRID = new Color(0xE3E3E3);
    static final Color AXIS = new Color(0xB0B0B0);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final ChartFonts fonts;

    ChartRenderer(ChartFonts fonts) {
        this.fonts = fonts;
    }

    /** A PNG of {@code width*scale} × {@code height*scale} pixels, laid out for {@code width} × {@code height}. */
    byte[] render(ChartData data, int width, int height, int scale) {
        return PngEncoder.encode(image(data, width, height, scale));
    }

    /** The chart drawn on a white image of {@code width*scale} × {@code height*scale} pixels. */
    BufferedImage image(ChartData data, int width, int height, int scale) {
        JFreeChart chart = chart(data, Layout.of(width, height, fonts.require()));
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
        return image;
    }

    /** An SVG document of {@code width} × {@code height}; text is drawn as outlines, so no font is needed to view it. */
    byte[] svg(ChartData data, int width, int height) {
        JFreeChart chart = chart(data, Layout.of(width, height, fonts.require()));
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // A fixed prefix: the default one holds the clock, and the same data must give the same bytes.
        g2.setDefsKeyPrefix("zb");
        // Hundredths of a pixel are plenty: full doubles made the outlined text three times the size.
        g2.setGeomDoubleConverter(ChartRenderer::hundredths);
        g2.setTransformDoubleConverter(ChartRenderer::hundredths);
        g2.setRenderingHints(hints());
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return described(g2.getSVGDocument(), data).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The document with its title and notes as SVG {@code <title>} and {@code <desc>}: the drawn text is outlines, so
     * screen readers, search and a test read the words from these.
     */
    private static String described(String svg, ChartData data) {
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String description = "<title>" + xml(data.title()) + "</title><desc>" + xml(ChartTexts.notesLine(data)) + "</desc>";
        return svg.substring(0, open) + description + svg.substring(open);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Every text the chart draws besides axis numbers, so a font can be checked against them. */
    List<String> texts(ChartData data) {
        DisplayUnit scale = ChartTexts.scale(data);
        List<String> texts = new ArrayList<>();
        texts.add(data.title());
        texts.add(ChartTexts.subtitle(data, scale));
        data.points().forEach(p -> texts.add(p.category()));
        data.levels().forEach(p -> texts.add(ChartTexts.valueLabel(p, scale)));
        data.growthRates().forEach(p -> texts.add(LevelGrowthPlot.growthLabel(p)));
        data.points().stream().filter(ChartPoint::share).forEach(p -> texts.add(StructurePlot.shareLabel(p)));
        if (data.kind().equals(StructurePlot.KIND)) {
            texts.addAll(StructurePlot.series(data));
        }
        lines(data).values().forEach(l -> texts.add(l.name()));
        texts.add(ChartTexts.sourcesLine(data, Integer.MAX_VALUE, null));
        texts.add(ChartTexts.notesLine(data));
        return texts;
    }

    Layout layout(int width, int height) {
        return Layout.of(width, height, fonts.require());
    }

    /** Sizes of everything drawn, in proportion to the chart's size, with floors that keep small charts legible. */
    record Layout(int width, int height, ChartFonts.Faces faces, double unit, float title, float subtitle, float tick,
            float label, float note, float stroke, double marker, double padding) {

        static Layout of(int width, int height, ChartFonts.Faces faces) {
            double u = Math.max(0.5, Math.min(3.0, Math.min(width / 1200.0, height / 675.0)));
            return new Layout(width, height, faces, u, (float) Math.max(12, 22 * u), (float) Math.max(9, 14 * u),
                    (float) Math.max(9, 14 * u), (float) Math.max(8.5, 13 * u), (float) Math.max(8, 12 * u),
                    (float) Math.max(1.2, 2.5 * u), Math.max(3, 4 * u), Math.max(6, 20 * u));
        }

        /** At most about eight value ticks, fewer on short charts so their labels never touch. */
        int maxValueTicks() {
            return (int) Math.max(2, Math.min(8, (height * 0.55) / (tick * 2.6)));
        }

        /** At most eight time ticks, fewer on narrow charts (a label such as 2025年11月 is about six characters). */
        int maxTimeTicks() {
            return (int) Math.max(2, Math.min(8, (width * 0.8) / (tick * 7.5)));
        }

        double textWidth(String text, Font font) {
            return font.getStringBounds(text, FRC).getWidth();
        }
    }

    /** One line (or one bar series) of a chart over time: one kind, one period group. */
    private record Line(String key, String name, boolean target, int colour, List<ChartPoint> points) {
    }

    JFreeChart chart(ChartData data, Layout layout) {
        DisplayUnit scale = ChartTexts.scale(data);
        Map<String, Line> lines = lines(data);
        boolean levelGrowth = data.kind().equals(LevelGrowthPlot.KIND);
        // The bulletin charts whose legend is their own (bars and a line; the parts of a whole).
        boolean ownLegend = levelGrowth || data.kind().equals(StructurePlot.KIND) || data.kind().equals(CumulativePlot.KIND);
        Plot plot = switch (data.kind()) {
            case LevelGrowthPlot.KIND -> LevelGrowthPlot.plot(data, scale, layout);
            case RankingPlot.KIND -> RankingPlot.plot(data, scale, layout);
            case StructurePlot.KIND -> StructurePlot.plot(data, layout);
            case CumulativePlot.KIND -> CumulativePlot.plot(data, scale, layout);
            default -> data.overTime() ? timePlot(data, lines, scale, layout) : categoryPlot(data, scale, layout);
        };
        ChartFonts.Faces faces = layout.faces();
        JFreeChart chart = new JFreeChart(null, faces.plain(layout.tick()), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        double pad = layout.padding();
        chart.setPadding(new RectangleInsets(pad * 0.8, pad, pad * 0.6, pad * 1.1));
        chart.setRenderingHints(hints());
        chart.setTitle(title(ChartTexts.fit(data.title(), faces.bold(layout.title()), layout), faces.bold(layout.title()), TEXT,
                RectangleEdge.TOP, new RectangleInsets(0, 0, 3 * layout.unit(), 0)));
        chart.addSubtitle(title(ChartTexts.subtitle(data, scale), faces.plain(layout.subtitle()), MUTED, RectangleEdge.TOP,
                new RectangleInsets(0, 0, 8 * layout.unit(), 0)));
        if (ownLegend || data.overTime() && (data.hasTargets() || lines.size() > 1)) {
            LegendTitle legend = new LegendTitle(() -> switch (data.kind()) {
                case LevelGrowthPlot.KIND -> LevelGrowthPlot.legend(data, layout);
                case StructurePlot.KIND -> StructurePlot.legend(data, layout);
                case CumulativePlot.KIND -> CumulativePlot.legend(data, layout);
                default -> legendItems(lines, data, layout);
            });
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(faces.plain(layout.label()));
            legend.setItemLabelPadding(new RectangleInsets(2 * layout.unit(), 4 * layout.unit(), 2 * layout.unit(),
                    14 * layout.unit()));
            legend.setMargin(new RectangleInsets(0, 0, 5 * layout.unit(), 0));
            chart.addSubtitle(legend);
        }
        Font note = faces.plain(layout.note());
        chart.addSubtitle(title(ChartTexts.sourcesLine(data, layout.width() - 2.2 * pad, w -> layout.textWidth(w, note)), note,
                MUTED, RectangleEdge.BOTTOM, new RectangleInsets(8 * layout.unit(), 0, 0, 0)));
        chart.addSubtitle(title(ChartTexts.fit(ChartTexts.notesLine(data), note, layout), note, MUTED, RectangleEdge.BOTTOM,
                new RectangleInsets(2 * layout.unit(), 0, 0, 0)));
        return chart;
    }

    // ---- over time: a date axis, one line or bar series per kind and period group ----

    private XYPlot timePlot(ChartData data, Map<String, Line> lines, DisplayUnit scale, Layout layout) {
        DateAxis timeAxis = ChartAxes.timeAxis(data, layout);
        NumberAxis valueAxis = ChartAxes.valueAxis(data, scale, layout);
        Map<String, String> labels = visibleLabels(data, scale, layout);
        XYPlot plot = data.type().equals("bar")
                ? barsOverTime(data, lines, scale, layout, labels, timeAxis, valueAxis)
                : linesOverTime(lines, scale, layout, labels, timeAxis, valueAxis);
        styleTimePlot(plot, layout);
        return plot;
    }

    /** The look of every plot over time: white, no frame, light value grid lines, a zero line. */
    static void styleTimePlot(XYPlot plot, Layout layout) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke((float) Math.max(0.6, layout.unit())));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6 * layout.unit(), 2, 2, 6 * layout.unit()));
    }

    /** Each line a series of bars over its periods; bars of one period side by side, targets hatched. */
    private static XYPlot barsOverTime(ChartData data, Map<String, Line> lines, DisplayUnit scale, Layout layout,
            Map<String, String> labels, DateAxis timeAxis, NumberAxis valueAxis) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        XYBarRenderer renderer = new XYBarRenderer(0);
        Map<Integer, Color> hatched = new HashMap<>();
        renderer.setBarPainter(new HatchedBarPainter(hatched, Math.max(4, 7 * layout.unit()),
                (float) Math.max(1, 1.4 * layout.unit())));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        Map<String, List<ChartPoint>> slots = new HashMap<>();
        data.points().forEach(p -> slots.computeIfAbsent(p.periodStart() + "|" + p.periodEnd(), k -> new ArrayList<>()).add(p));
        int row = 0;
        List<List<String>> rowLabels = new ArrayList<>();
        for (Line line : lines.values()) {
            XYIntervalSeries series = new XYIntervalSeries(line.key());
            List<String> texts = new ArrayList<>();
            for (ChartPoint p : line.points()) {
                List<ChartPoint> shared = slots.get(p.periodStart() + "|" + p.periodEnd());
                double[] x = ChartAxes.slot(p, shared.indexOf(p), shared.size());
                double y = scale.inUnit(p.value()).doubleValue();
                series.add(x[0], x[1], x[2], y, y, y);
                texts.add(labels.get(labelKey(p)));
            }
            dataset.addSeries(series);
            rowLabels.add(texts);
            Color colour = colour(line);
            if (line.target()) {
                hatched.put(row, colour);
            }
            renderer.setSeriesPaint(row, line.target() ? HatchedBarPainter.TINT : colour);
            renderer.setSeriesOutlinePaint(row, colour);
            renderer.setSeriesOutlineStroke(row, new BasicStroke((float) Math.max(1, 1.5 * layout.unit())));
            row++;
        }
        renderer.setDefaultItemLabelGenerator((d, s, i) -> rowLabels.get(s).get(i));
        itemLabels(renderer, layout, ItemLabelAnchor.OUTSIDE12, ItemLabelAnchor.OUTSIDE6);
        return new XYPlot(dataset, timeAxis, valueAxis, renderer);
    }

    /** Each line joined point to point, broken where a period between two of its points was not reported. */
    private static XYPlot linesOverTime(Map<String, Line> lines, DisplayUnit scale, Layout layout,
            Map<String, String> labels, DateAxis timeAxis, NumberAxis valueAxis) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(Color.WHITE);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        int row = 0;
        List<List<String>> rowLabels = new ArrayList<>();
        for (Line line : lines.values()) {
            XYSeries series = new XYSeries(line.key(), false, true);
            List<String> texts = new ArrayList<>();
            ChartPoint previous = null;
            for (ChartPoint p : line.points()) {
                if (previous != null && !PeriodLabels.adjacent(p.periodType(), previous.periodStart(),
                        previous.periodEnd(), p.periodStart())) {
                    // A missing period is a gap in the line, never a straight segment across it.
                    series.add(ChartAxes.anchor(previous) + 1, null);
                    texts.add(null);
                }
                series.add(ChartAxes.anchor(p), scale.inUnit(p.value()).doubleValue());
                texts.add(labels.get(labelKey(p)));
                previous = p;
            }
            dataset.addSeries(series);
            rowLabels.add(texts);
            renderer.setSeriesPaint(row, colour(line));
            renderer.setSeriesStroke(row, lineStroke(line.target(), layout));
            renderer.setSeriesShape(row, marker(line, layout));
            row++;
        }
        renderer.setDefaultItemLabelGenerator((d, s, i) -> rowLabels.get(s).get(i));
        renderer.setItemLabelAnchorOffset(5 * layout.unit());
        itemLabels(renderer, layout, ItemLabelAnchor.OUTSIDE12, ItemLabelAnchor.OUTSIDE6);
        return new XYPlot(dataset, timeAxis, valueAxis, renderer);
    }

    private static void itemLabels(org.jfree.chart.renderer.AbstractRenderer renderer, Layout layout,
            ItemLabelAnchor above, ItemLabelAnchor below) {
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(layout.faces().bold(layout.label()));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(above, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(below, TextAnchor.TOP_CENTER));
        renderer.setItemLabelAnchorOffset(4 * layout.unit());
    }

    private static Shape marker(Line line, Layout layout) {
        double r = layout.marker();
        return switch (line.points().get(0).periodType()) {
            case YTD -> diamond(r * 1.25);
            case ASOF -> new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
            default -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        };
    }

    private static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    private static BasicStroke lineStroke(boolean target, Layout layout) {
        float w = layout.stroke();
        return target
                ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] { 3.2f * w, 2f * w }, 0f)
                : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Lines in drawing order: actual before target, then by the period group's first appearance. */
    static Map<String, Line> linesOf(ChartData data) {
        Map<String, List<ChartPoint>> byLine = new LinkedHashMap<>();
        data.points().stream()
                .sorted(Comparator.comparing(ChartPoint::target).thenComparing(ChartPoint::periodEnd))
                .forEach(p -> byLine.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(p));
        Map<String, Line> lines = new LinkedHashMap<>();
        int actual = 0;
        int target = 0;
        boolean severalGroups = byLine.keySet().stream().map(k -> k.substring(k.indexOf('|'))).distinct().count() > 1;
        for (var e : byLine.entrySet()) {
            ChartPoint first = e.getValue().get(0);
            String group = PeriodLabels.groupName(first.periodType(), first.periodStart(), first.periodEnd());
            String kind = first.target() ? TARGET : ACTUAL;
            String name = severalGroups ? group + "（" + kind + "）" : kind;
            lines.put(e.getKey(), new Line(e.getKey(), name, first.target(), first.target() ? target++ : actual++, e.getValue()));
        }
        return lines;
    }

    private static Map<String, Line> lines(ChartData data) {
        return data.overTime() && !data.kind().equals(LevelGrowthPlot.KIND) ? linesOf(data) : Map.of();
    }

    private static LegendItemCollection legendItems(Map<String, Line> lines, ChartData data, Layout layout) {
        LegendItemCollection items = new LegendItemCollection();
        double r = layout.marker() * 1.4;
        Shape box = new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
        boolean bars = data.type().equals("bar");
        for (Line line : lines.values()) {
            Color colour = colour(line);
            LegendItem item = bars
                    ? new LegendItem(line.name(), null, null, null, box, line.target() ? HatchedBarPainter.TINT : colour,
                            new BasicStroke(1.5f), colour)
                    : new LegendItem(line.name(), null, null, null, true, marker(line, layout), false, colour, false,
                            colour, new BasicStroke(1f), true, new Line2D.Double(-3 * r, 0, 3 * r, 0),
                            lineStroke(line.target(), layout), colour);
            item.setLabelFont(layout.faces().plain(layout.label()));
            item.setLabelPaint(TEXT);
            items.add(item);
        }
        return items;
    }

    // ---- comparisons: one bar per region, largest first ----

    private static CategoryPlot categoryPlot(ChartData data, DisplayUnit scale, Layout layout) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartPoint p : data.points()) {
            dataset.addValue(scale.inUnit(p.value()).doubleValue(), ACTUAL, p.category());
        }
        Map<String, String> labels = visibleLabels(data, scale, layout);
        CategoryAxis axis = ChartAxes.categoryAxis(layout.faces().plain(layout.tick()), 0.25, 0.02);
        axis.setMaximumCategoryLabelLines(2);
        double perBar = layout.width() * 0.85 / Math.max(1, data.points().size());
        double widest = data.points().stream()
                .mapToDouble(p -> layout.textWidth(p.category(), layout.faces().plain(layout.tick()))).max().orElse(0);
        // Labels that would run into each other turn to 45°.
        axis.setCategoryLabelPositions(widest > perBar * 0.9 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setSeriesPaint(0, ACTUAL_COLORS[0]);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.CategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                return labels.get(ACTUAL + "\u0000" + d.getColumnKey(column));
            }

            @Override
            public String generateRowLabel(org.jfree.data.category.CategoryDataset d, int row) {
                return d.getRowKey(row).toString();
            }

            @Override
            public String generateColumnLabel(org.jfree.data.category.CategoryDataset d, int column) {
                return d.getColumnKey(column).toString();
            }
        });
        itemLabels(renderer, layout, ItemLabelAnchor.OUTSIDE12, ItemLabelAnchor.OUTSIDE6);

        CategoryPlot plot = new CategoryPlot(dataset, axis, ChartAxes.valueAxis(data, scale, layout), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke((float) Math.max(0.6, layout.unit())));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6 * layout.unit(), 2, 2, 6 * layout.unit()));
        return plot;
    }

    // ---- labels and texts ----

    private static String labelKey(ChartPoint p) {
        return p.line() + "\u0000" + p.periodStart() + "\u0000" + p.periodEnd();
    }

    /**
     * The value label of each point, where there is room: on a crowded chart only the last point of each
     * line is labelled (the CSV has them all), so labels never run into each other.
     */
    private static Map<String, String> visibleLabels(ChartData data, DisplayUnit scale, Layout layout) {
        Map<String, String> labels = new HashMap<>();
        Font font = layout.faces().bold(layout.label());
        double widest = data.points().stream().mapToDouble(p -> layout.textWidth(ChartTexts.valueLabel(p, scale), font)).max().orElse(0);
        if (!data.overTime()) {
            double perBar = layout.width() * 0.85 / Math.max(1, data.points().size());
            for (ChartPoint p : data.points()) {
                labels.put(ACTUAL + "\u0000" + p.category(), widest * 1.1 < perBar ? ChartTexts.valueLabel(p, scale) : null);
            }
            return labels;
        }
        double perPoint = layout.width() * 0.85 / Math.max(1, data.points().size());
        boolean room = widest * 1.15 < perPoint;
        for (Line line : linesOf(data).values()) {
            List<ChartPoint> points = line.points();
            for (int i = 0; i < points.size(); i++) {
                ChartPoint p = points.get(i);
                labels.put(labelKey(p), room || i == points.size() - 1 ? ChartTexts.valueLabel(p, scale) : null);
            }
        }
        return labels;
    }

    private static TextTitle title(String text, Font font, Color paint, RectangleEdge edge, RectangleInsets padding) {
        TextTitle title = new TextTitle(text, font);
        title.setPaint(paint);
        title.setPosition(edge);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPadding(padding);
        // One line each: a title that wrapped would take the plot's room on a small chart.
        title.setMaximumLinesToDisplay(1);
        return title;
    }

    private static String hundredths(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == (long) rounded ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static Color colour(Line line) {
        return line.target() ? TARGET_COLORS[line.colour() % TARGET_COLORS.length] : ACTUAL_COLORS[line.colour() % ACTUAL_COLORS.length];
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

}
