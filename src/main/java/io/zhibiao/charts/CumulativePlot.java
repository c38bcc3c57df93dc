package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.zhibiao.series.DisplayUnit;

/**
 * A monthly release's cumulative chart: one year's 1–N月 totals as bars on the left axis, the cumulative growth rate
 * stated for each (累计增速) as a line on a right axis in %. A month without a figure keeps its slot, empty: a gap, never
 * a bar or segment drawn across it.
 */
final class CumulativePlot {

    static final String KIND = "cumulative";
    private static final String LEVEL = "level", GROWTH = "growth";
    /** The share of the plot the bars may take, and the band the line runs in above them (as LevelGrowthPlot). */
    private static final double BAR_BAND = 0.62, LINE_BAND = 0.26;

    private CumulativePlot() {
    }

    static CategoryPlot plot(ChartData data, DisplayUnit scale, ChartRenderer.Layout layout) {
        List<String> months = months(data);
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        months.forEach(m -> {
            bars.addValue(null, LEVEL, m);
            line.addValue(null, GROWTH, m);
        });
        Map<String, String> labels = new HashMap<>();
        for (ChartPoint p : data.levels()) {
            bars.addValue(scale.inUnit(p.value()).doubleValue(), LEVEL, month(p));
            labels.put(LEVEL + month(p), ChartTexts.valueLabel(p, scale));
        }
        for (ChartPoint p : data.growthRates()) {
            line.addValue(p.value().doubleValue(), GROWTH, month(p));
            labels.put(GROWTH + month(p), LevelGrowthPlot.growthLabel(p));
        }
        boolean room = fits(labels, months.size(), layout);
        CategoryAxis axis = ChartAxes.categoryAxis(layout.faces().plain(layout.tick()), 0.3, 0.02);
        // Twelve labels such as 1-12月 on a small chart: turned, rather than run into each other.
        double widest = months.stream().mapToDouble(m -> layout.textWidth(m, layout.faces().plain(layout.tick()))).max().orElse(0);
        axis.setCategoryLabelPositions(widest > layout.width() * 0.8 / Math.max(1, months.size()) * 0.9
                ? org.jfree.chart.axis.CategoryLabelPositions.UP_45 : org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
        NumberAxis levelAxis = levelAxis(data, scale, layout);
        CategoryPlot plot = new CategoryPlot(bars, axis, levelAxis, barRenderer(labels, room, layout));
        if (!data.growthRates().isEmpty()) {
            plot.setDataset(1, line);
            plot.setRangeAxis(1, LevelGrowthPlot.growthAxis(data.growthRates(), layout));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, lineRenderer(labels, room, layout));
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartAxes.styleBars(plot, layout, 6);
        return plot;
    }

    /** Every month from the first to the last reported, each a slot whether reported or not. */
    static List<String> months(ChartData data) {
        int first = data.points().stream().mapToInt(p -> p.periodEnd().getMonthValue()).min().orElse(1);
        int last = data.points().stream().mapToInt(p -> p.periodEnd().getMonthValue()).max().orElse(12);
        List<String> out = new ArrayList<>();
        for (int m = first; m <= last; m++) {
            out.add(m == 1 ? "1月" : "1-" + m + "月");
        }
        return out;
    }

    private static String month(ChartPoint p) {
        int m = p.periodEnd().getMonthValue();
        return m == 1 ? "1月" : "1-" + m + "月";
    }

    private static boolean fits(Map<String, String> labels, int count, ChartRenderer.Layout layout) {
        Font font = layout.faces().bold(layout.label());
        double widest = labels.values().stream().mapToDouble(t -> layout.textWidth(t, font)).max().orElse(0);
        return widest * 1.1 < layout.width() * 0.8 / Math.max(1, count);
    }

    private static NumberAxis levelAxis(ChartData data, DisplayUnit scale, ChartRenderer.Layout layout) {
        NumberAxis axis = ChartAxes.valueAxis(data.with(data.levels(), data.sources()), scale, layout);
        double highest = data.levels().stream().mapToDouble(p -> scale.inUnit(p.value()).doubleValue()).max().orElse(1);
        double band = data.growthRates().isEmpty() ? 0.86 : BAR_BAND;
        double tick = ChartAxes.niceStep(Math.max(highest, 1e-9) / band / layout.maxValueTicks());
        axis.setRange(Math.min(0, axis.getLowerBound()), Math.ceil(highest / band / tick) * tick);
        axis.setTickUnit(new NumberTickUnit(tick, new DecimalFormat("#,##0.####")));
        axis.setLabel(scale.unit().isEmpty() ? null : scale.unit());
        axis.setLabelFont(layout.faces().plain(layout.tick()));
        axis.setLabelPaint(ChartRenderer.MUTED);
        return axis;
    }

    private static BarRenderer barRenderer(Map<String, String> labels, boolean room, ChartRenderer.Layout layout) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, LevelGrowthPlot.BAR);
        renderer.setMaximumBarWidth(0.07);
        renderer.setDefaultItemLabelGenerator(labelsOf(LEVEL, labels, room));
        LevelGrowthPlot.labels(renderer, layout, ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER, Color.WHITE);
        return renderer;
    }

    private static LineAndShapeRenderer lineRenderer(Map<String, String> labels, boolean room, ChartRenderer.Layout layout) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        double r = layout.marker();
        renderer.setSeriesShape(0, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        renderer.setSeriesPaint(0, LevelGrowthPlot.GROWTH);
        renderer.setSeriesStroke(0, new BasicStroke(layout.stroke(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setDefaultItemLabelGenerator(labelsOf(GROWTH, labels, room));
        LevelGrowthPlot.labels(renderer, layout, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER, LevelGrowthPlot.GROWTH);
        return renderer;
    }

    /** Every label where they fit; else only the last month's (the CSV has them all). */
    private static StandardCategoryItemLabelGenerator labelsOf(String row, Map<String, String> labels, boolean room) {
        return new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset d, int r, int column) {
                int last = -1;
                for (int c = 0; c < d.getColumnCount(); c++) {
                    last = d.getValue(r, c) != null ? c : last;
                }
                return room || column == last ? labels.get(row + d.getColumnKey(column)) : null;
            }
        };
    }

    static LegendItemCollection legend(ChartData data, ChartRenderer.Layout layout) {
        double r = layout.marker() * 1.4;
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem("1-N月累计", null, null, null, new Rectangle2D.Double(-r, -r, 2 * r, 2 * r), LevelGrowthPlot.BAR,
                new BasicStroke(1f), LevelGrowthPlot.BAR));
        if (!data.growthRates().isEmpty()) {
            items.add(new LegendItem("累计增长（%）", null, null, null, true, new Ellipse2D.Double(-r / 1.4, -r / 1.4, 2 * r / 1.4,
                    2 * r / 1.4), true, LevelGrowthPlot.GROWTH, false, LevelGrowthPlot.GROWTH, new BasicStroke(1f), true,
                    new Line2D.Double(-3 * r, 0, 3 * r, 0), new BasicStroke(layout.stroke()), LevelGrowthPlot.GROWTH));
        }
        return ChartAxes.legend(items, layout);
    }

    /** Months without a figure, and growth that is the stated cumulative rate. */
    static List<String> notes(ChartData data) {
        if (!data.kind().equals(KIND)) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        List<String> months = months(data);
        List<String> missing = new ArrayList<>();
        for (String m : months) {
            boolean level = data.levels().stream().anyMatch(p -> month(p).equals(m));
            if (!level) {
                missing.add(m);
            }
        }
        if (!missing.isEmpty()) {
            notes.add(String.join("、", missing) + "累计值未见报道，留空");
        }
        if (!data.growthRates().isEmpty()) {
            notes.add("增速为报道的累计同比增速");
            if (data.levels().stream().anyMatch(l -> data.growthRates().stream().noneMatch(g -> month(g).equals(month(l))))) {
                notes.add("未报道增速的月份折线断开");
            }
        }
        if (BulletinLinks.realGrowth(data.indicator()) && !data.growthRates().isEmpty()) {
            notes.add("按可比价格计算");
        }
        return notes;
    }
}
