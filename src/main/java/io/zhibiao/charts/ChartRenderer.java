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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

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
    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x666666);
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Color AXIS = new Color(0xB0B0B0);
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int MAX_SOURCES = 3;
    private static final int MAX_SOURCE_TITLE = 26;

    private final ChartFonts fonts;

    ChartRenderer(ChartFonts fonts) {
        this.fonts = fonts;
    }

    /** A PNG of {@code width*scale} × {@code height*scale} pixels, laid out for {@code width} × {@code height}. */
    byte[] render(ChartData data, int width, int height, int scale) {
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
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a PNG in memory", e);
        }
        return png.toByteArray();
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
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /** Every text the chart draws besides axis numbers, so a font can be checked against them. */
    List<String> texts(ChartData data) {
        DisplayUnit scale = scale(data);
        List<String> texts = new ArrayList<>();
        texts.add(data.title());
        texts.add(subtitle(data, scale));
        data.points().forEach(p -> texts.add(p.category()));
        data.points().forEach(p -> texts.add(valueLabel(p, scale)));
        lines(data).values().forEach(l -> texts.add(l.name()));
        texts.add(sourcesLine(data, Integer.MAX_VALUE, null));
        texts.add(notesLine(data));
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
        DisplayUnit scale = scale(data);
        Map<String, Line> lines = lines(data);
        Plot plot = data.overTime() ? timePlot(data, lines, scale, layout) : categoryPlot(data, scale, layout);
        ChartFonts.Faces faces = layout.faces();
        JFreeChart chart = new JFreeChart(null, faces.plain(layout.tick()), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        double pad = layout.padding();
        chart.setPadding(new RectangleInsets(pad * 0.8, pad, pad * 0.6, pad * 1.1));
        chart.setRenderingHints(hints());
        chart.setTitle(title(fit(data.title(), faces.bold(layout.title()), layout), faces.bold(layout.title()), TEXT,
                RectangleEdge.TOP, new RectangleInsets(0, 0, 3 * layout.unit(), 0)));
        chart.addSubtitle(title(subtitle(data, scale), faces.plain(layout.subtitle()), MUTED, RectangleEdge.TOP,
                new RectangleInsets(0, 0, 8 * layout.unit(), 0)));
        if (data.overTime() && (data.hasTargets() || lines.size() > 1)) {
            LegendTitle legend = new LegendTitle(() -> legendItems(lines, data, layout));
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
        chart.addSubtitle(title(sourcesLine(data, layout.width() - 2.2 * pad, w -> layout.textWidth(w, note)), note,
                MUTED, RectangleEdge.BOTTOM, new RectangleInsets(8 * layout.unit(), 0, 0, 0)));
        chart.addSubtitle(title(fit(notesLine(data), note, layout), note, MUTED, RectangleEdge.BOTTOM,
                new RectangleInsets(2 * layout.unit(), 0, 0, 0)));
        return chart;
    }

    // ---- over time: a date axis, one line or bar series per kind and period group ----

    private XYPlot timePlot(ChartData data, Map<String, Line> lines, DisplayUnit scale, Layout layout) {
        ChartFonts.Faces faces = layout.faces();
        DateAxis timeAxis = timeAxis(data, layout);
        NumberAxis valueAxis = valueAxis(data, scale, layout);
        Map<String, String> labels = visibleLabels(data, scale, layout);
        XYPlot plot;
        if (data.type().equals("bar")) {
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
                    double[] x = slot(p, shared.indexOf(p), shared.size());
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
            plot = new XYPlot(dataset, timeAxis, valueAxis, renderer);
        } else {
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
                        series.add(anchor(previous) + 1, null);
                        texts.add(null);
                    }
                    series.add(anchor(p), scale.inUnit(p.value()).doubleValue());
                    texts.add(labels.get(labelKey(p)));
                    previous = p;
                }
                dataset.addSeries(series);
                rowLabels.add(texts);
                Color colour = colour(line);
                renderer.setSeriesPaint(row, colour);
                renderer.setSeriesStroke(row, lineStroke(line.target(), layout));
                renderer.setSeriesShape(row, marker(line, layout));
                row++;
            }
            renderer.setDefaultItemLabelGenerator((d, s, i) -> rowLabels.get(s).get(i));
            renderer.setItemLabelAnchorOffset(5 * layout.unit());
            itemLabels(renderer, layout, ItemLabelAnchor.OUTSIDE12, ItemLabelAnchor.OUTSIDE6);
            plot = new XYPlot(dataset, timeAxis, valueAxis, renderer);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke((float) Math.max(0.6, layout.unit())));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6 * layout.unit(), 2, 2, 6 * layout.unit()));
        return plot;
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

    /** Where a point sits in time: flows in the middle of their period, totals-to-date and stocks on their last day. */
    private static double anchor(ChartPoint p) {
        if (p.periodType() == PeriodType.YTD || p.periodType() == PeriodType.ASOF) {
            return millis(p.periodEnd().plusDays(1)) - 12 * 3600_000.0;
        }
        return (millis(p.periodStart()) + millis(p.periodEnd().plusDays(1))) / 2;
    }

    /** A bar covers its period; bars of the same period share it side by side, with a little air at each end. */
    private static double[] slot(ChartPoint p, int index, int count) {
        double start = millis(p.periodStart());
        double end = millis(p.periodEnd().plusDays(1));
        double air = (end - start) * 0.12;
        double width = (end - start - 2 * air) / count;
        double low = start + air + index * width;
        return new double[] { low + width / 2, low, low + width };
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static DateAxis timeAxis(ChartData data, Layout layout) {
        DateAxis axis = new DateAxis(null, UTC, Locale.CHINA);
        axis.setTickLabelFont(layout.faces().plain(layout.tick()));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        axis.setTickMarkOutsideLength((float) (4 * layout.unit()));
        axis.setTickMarkInsideLength(0);
        LocalDate first = data.periodStart();
        LocalDate last = data.periodEnd().plusDays(1);
        double span = millis(last) - millis(first);
        // A single instant (one stock) still gets a year around it.
        double pad = Math.max(span * 0.04, 15 * 86_400_000.0);
        axis.setRange(millis(first) - pad, millis(last) + pad);
        boolean monthly = data.points().stream().anyMatch(p -> p.periodType() == PeriodType.MONTH
                || p.periodType() == PeriodType.QUARTER);
        double days = (span + 2 * pad) / 86_400_000.0;
        DateTickUnit unit = tickUnit(days, monthly, layout.maxTimeTicks());
        axis.setTickUnit(unit);
        axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        return axis;
    }

    private static DateTickUnit tickUnit(double days, boolean monthly, int maxTicks) {
        int[][] candidates = { { 0, 1 }, { 0, 3 }, { 0, 6 }, { 1, 1 }, { 1, 2 }, { 1, 5 }, { 1, 10 }, { 1, 20 }, { 1, 50 } };
        for (int[] c : candidates) {
            boolean years = c[0] == 1;
            if (!years && !monthly) {
                continue;
            }
            double length = years ? c[1] * 365.25 : c[1] * 30.44;
            if (days / length <= maxTicks) {
                SimpleDateFormat format = new SimpleDateFormat(years ? "yyyy年" : "yyyy年M月", Locale.CHINA);
                format.setTimeZone(UTC);
                return new DateTickUnit(years ? DateTickUnitType.YEAR : DateTickUnitType.MONTH, c[1], format);
            }
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy年", Locale.CHINA);
        format.setTimeZone(UTC);
        return new DateTickUnit(DateTickUnitType.YEAR, 100, format);
    }

    private static NumberAxis valueAxis(ChartData data, DisplayUnit scale, Layout layout) {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFont(layout.faces().plain(layout.tick()));
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        double max = 0;
        double min = 0;
        for (ChartPoint p : data.points()) {
            double v = scale.inUnit(p.value()).doubleValue();
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        if (max == min) {
            max = 1;
        }
        // Room above the highest bar or point for its label, below the lowest for a negative one's.
        double upper = max + (max - min) * 0.14;
        double lower = min < 0 ? min - (max - min) * 0.14 : 0;
        double tick = niceStep((upper - lower) / layout.maxValueTicks());
        axis.setRange(Math.floor(lower / tick) * tick, Math.ceil(upper / tick) * tick);
        axis.setTickUnit(new NumberTickUnit(tick, new DecimalFormat("#,##0.####")));
        return axis;
    }

    /** The smallest of 1, 2, 2.5, 5 × 10ⁿ at least {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
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
        return data.overTime() ? linesOf(data) : Map.of();
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
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(layout.faces().plain(layout.tick()));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarksVisible(false);
        axis.setMaximumCategoryLabelLines(2);
        double perBar = layout.width() * 0.85 / Math.max(1, data.points().size());
        double widest = data.points().stream()
                .mapToDouble(p -> layout.textWidth(p.category(), layout.faces().plain(layout.tick()))).max().orElse(0);
        // Labels that would run into each other turn to 45°.
        axis.setCategoryLabelPositions(widest > perBar * 0.9 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);

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

        CategoryPlot plot = new CategoryPlot(dataset, axis, valueAxis(data, scale, layout), renderer);
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
        double widest = data.points().stream().mapToDouble(p -> layout.textWidth(valueLabel(p, scale), font)).max().orElse(0);
        if (!data.overTime()) {
            double perBar = layout.width() * 0.85 / Math.max(1, data.points().size());
            for (ChartPoint p : data.points()) {
                labels.put(ACTUAL + "\u0000" + p.category(), widest * 1.1 < perBar ? valueLabel(p, scale) : null);
            }
            return labels;
        }
        double perPoint = layout.width() * 0.85 / Math.max(1, data.points().size());
        boolean room = widest * 1.15 < perPoint;
        for (Line line : linesOf(data).values()) {
            List<ChartPoint> points = line.points();
            for (int i = 0; i < points.size(); i++) {
                ChartPoint p = points.get(i);
                labels.put(labelKey(p), room || i == points.size() - 1 ? valueLabel(p, scale) : null);
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

    /** The text cut with an ellipsis to the chart's width. */
    private static String fit(String text, Font font, Layout layout) {
        double room = layout.width() - 2.2 * layout.padding();
        if (layout.textWidth(text, font) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 1 && layout.textWidth(text.substring(0, end) + "…", font) > room) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    private static String subtitle(ChartData data, DisplayUnit scale) {
        String unit = scale.unit().isEmpty() ? "单位：比值" : "单位：" + scale.unit();
        if (data.overTime()) {
            Set<String> groups = new LinkedHashSet<>();
            data.points().forEach(p -> groups.add(PeriodLabels.groupName(p.periodType(), p.periodStart(), p.periodEnd())));
            // One period group: say it here (a legend names them when there are several).
            return groups.size() == 1 ? unit + "　口径：" + groups.iterator().next() : unit;
        }
        return unit;
    }

    /** 来源：… with as many sources as fit the width; the rest are counted. */
    private static String sourcesLine(ChartData data, double room, java.util.function.ToDoubleFunction<String> width) {
        List<ChartSource> sources = data.sources();
        for (int shown = Math.min(MAX_SOURCES, sources.size()); shown >= 0; shown--) {
            for (int titleLength : new int[] { MAX_SOURCE_TITLE, 12, 0 }) {
                StringBuilder line = new StringBuilder("来源：");
                for (int i = 0; i < shown; i++) {
                    ChartSource s = sources.get(i);
                    if (i > 0) {
                        line.append("；");
                    }
                    line.append(s.source());
                    if (titleLength > 0) {
                        line.append("《").append(shorten(s.title(), titleLength)).append("》");
                    }
                    line.append("，").append(s.published());
                }
                if (shown == 0) {
                    line.append(sources.get(0).source()).append("等");
                }
                if (sources.size() > shown) {
                    line.append(shown > 0 ? " 等" : "").append(sources.size()).append("篇报道");
                }
                if (width == null || width.applyAsDouble(line.toString()) <= room) {
                    return line.toString();
                }
            }
        }
        return "来源：" + sources.size() + "篇报道";
    }

    private static String notesLine(ChartData data) {
        List<String> notes = new ArrayList<>();
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        data.points().forEach(p -> qualifiers.add(p.qualifier()));
        if (qualifiers.contains(Qualifier.APPROX)) {
            notes.add("“约”为约数");
        }
        if (qualifiers.contains(Qualifier.AT_LEAST)) {
            notes.add("“≥”为下限");
        }
        if (qualifiers.contains(Qualifier.AT_MOST)) {
            notes.add("“≤”为上限");
        }
        if (qualifiers.contains(Qualifier.RANGE) || qualifiers.contains(Qualifier.AT_LEAST)) {
            notes.add("区间和下限值取下限绘制");
        }
        if (data.hasTargets()) {
            notes.add(data.type().equals("line") ? "虚线为目标值" : "斜线填充为目标值");
        }
        String prefix = notes.isEmpty() ? "" : "注：" + String.join("，", notes) + "。";
        return prefix + "数据截至" + PeriodLabels.day(data.dataEnd());
    }

    private static String shorten(String title, int length) {
        return title.codePointCount(0, title.length()) <= length ? title
                : title.substring(0, title.offsetByCodePoints(0, length)) + "…";
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

    /** The unit the axis, labels and CSV show: the one the JSON gives the same values (亿元 rather than 100000000元). */
    static DisplayUnit scale(ChartData data) {
        String base = DisplayUnit.baseUnit(data.unitClass(), Collections.singletonList(data.unitWord()));
        List<BigDecimal> values = data.points().stream().flatMap(p -> Stream.of(p.value(), p.valueMax())).toList();
        return DisplayUnit.of(data.unitClass(), base, values);
    }

    /** The number as printed on the chart, with its qualifier: 约2,000, ≥1,500, 300–500. */
    static String valueLabel(ChartPoint p, DisplayUnit scale) {
        String value = number(p.value(), scale);
        return switch (p.qualifier()) {
            case APPROX -> "约" + value;
            case AT_LEAST -> "≥" + value;
            case AT_MOST -> "≤" + value;
            case RANGE -> p.valueMax() == null ? value : value + "–" + number(p.valueMax(), scale);
            default -> value;
        };
    }

    static String number(BigDecimal value, DisplayUnit scale) {
        // Up to four decimals: a label rounds only what the scale made fractional, never a stored digit away.
        BigDecimal scaled = scale.inUnit(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return new DecimalFormat("#,##0.####").format(scaled);
    }
}
