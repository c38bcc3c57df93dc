package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.zhibiao.series.DisplayUnit;
import io.zhibiao.series.PeriodLabels;

/**
 * The chart that opens a statistical bulletin (图1 …地区生产总值及其增长速度): bars for the level on the left axis in its
 * unit, a line for its growth rate on a right axis in %, each rate labelled; a rate computed from the levels carries a
 * star and a hollow marker, so it never passes for a stated one.
 */
final class LevelGrowthPlot {

    static final String KIND = "level-growth";
    static final Color BAR = new Color(0x2B5C8A);
    static final Color GROWTH = new Color(0xC0392B);
    private static final String COMPUTED_MARK = "*";
    /** The share of the plot's height the bars may take (their labels inside), and the band the growth line runs in. */
    private static final double BAR_BAND = 0.62, LINE_BAND = 0.26;

    private LevelGrowthPlot() {
    }

    static XYPlot plot(ChartData data, DisplayUnit scale, ChartRenderer.Layout layout) {
        ChartData levels = data.with(data.levels(), data.sources());
        NumberAxis levelAxis = ChartAxes.valueAxis(levels, scale, layout);
        double highest = levels.points().stream().mapToDouble(p -> scale.inUnit(p.value()).doubleValue()).max().orElse(1);
        double tick = ChartAxes.niceStep(Math.max(highest, 1e-9) / BAR_BAND / layout.maxValueTicks());
        levelAxis.setRange(Math.min(0, levelAxis.getLowerBound()), Math.ceil(highest / BAR_BAND / tick) * tick);
        levelAxis.setTickUnit(new NumberTickUnit(tick, new DecimalFormat("#,##0.####")));
        levelAxis.setLabel(scale.unit().isEmpty() ? null : scale.unit());
        levelAxis.setLabelFont(layout.faces().plain(layout.tick()));
        levelAxis.setLabelPaint(ChartRenderer.MUTED);
        XYPlot plot = new XYPlot(bars(levels, scale, layout), ChartAxes.timeAxis(data, layout), levelAxis, barRenderer(levels, scale, layout));
        plot.setDataset(1, growthLine(data.growthRates()));
        plot.setRangeAxis(1, growthAxis(data.growthRates(), layout));
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, growthRenderer(data.growthRates(), layout));
        // The line over the bars.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        ChartRenderer.styleTimePlot(plot, layout);
        return plot;
    }

    private static XYIntervalSeriesCollection bars(ChartData levels, DisplayUnit scale, ChartRenderer.Layout layout) {
        XYIntervalSeries series = new XYIntervalSeries("level");
        for (ChartPoint p : levels.points()) {
            double[] x = ChartAxes.slot(p, 0, 1);
            double y = scale.inUnit(p.value()).doubleValue();
            series.add(x[0], x[1], x[2], y, y, y);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    private static XYBarRenderer barRenderer(ChartData levels, DisplayUnit scale, ChartRenderer.Layout layout) {
        XYBarRenderer renderer = new XYBarRenderer(0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, BAR);
        List<ChartPoint> points = levels.points();
        boolean room = labelsFit(points.stream().map(p -> ChartTexts.valueLabel(p, scale)).toList(), points.size(), layout);
        renderer.setDefaultItemLabelGenerator((d, s, i) -> room || i == points.size() - 1
                ? ChartTexts.valueLabel(points.get(i), scale) : null);
        labels(renderer, layout, ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER, Color.WHITE);
        return renderer;
    }

    /** The growth rates joined point to point, broken where a period has no rate (a gap, never a segment across it). */
    private static XYSeriesCollection growthLine(List<ChartPoint> rates) {
        XYSeries series = new XYSeries("growth", false, true);
        ChartPoint previous = null;
        for (ChartPoint p : rates) {
            if (previous != null && !PeriodLabels.adjacent(p.periodType(), previous.periodStart(), previous.periodEnd(),
                    p.periodStart())) {
                series.add(ChartAxes.anchor(previous) + 1, null);
            }
            series.add(ChartAxes.anchor(p), p.value().doubleValue());
            previous = p;
        }
        return new XYSeriesCollection(series);
    }

    /** The growth rate's axis on the right, its line in the top band of the plot (also the cumulative chart's). */
    static NumberAxis growthAxis(List<ChartPoint> rates, ChartRenderer.Layout layout) {
        double max = rates.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(10);
        double min = rates.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        if (max - min < 1) {
            max = min + 1;
        }
        // The line runs in the top quarter of the plot, above the bars and their labels, as bulletins draw it.
        double length = (max - min) / LINE_BAND;
        double lower = min - length * (1 - LINE_BAND - 0.06);
        // One tick fewer than allowed: rounding both ends out may add one.
        double tick = ChartAxes.niceStep(length / Math.max(1, layout.maxValueTicks() - 1));
        NumberAxis axis = new NumberAxis("%");
        double from = Math.floor(lower / tick) * tick;
        axis.setRange(from, Math.ceil((lower + length) / tick) * tick);
        axis.setTickUnit(new NumberTickUnit(tick, new DecimalFormat("#,##0.##")));
        axis.setTickLabelFont(layout.faces().plain(layout.tick()));
        axis.setTickLabelPaint(GROWTH);
        axis.setLabelFont(layout.faces().plain(layout.tick()));
        axis.setLabelPaint(GROWTH);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private static XYLineAndShapeRenderer growthRenderer(List<ChartPoint> rates, ChartRenderer.Layout layout) {
        double r = layout.marker();
        Shape dot = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        List<String> texts = new ArrayList<>();
        for (int i = 0, item = 0; i < rates.size(); i++, item++) {
            if (i > 0 && !PeriodLabels.adjacent(rates.get(i).periodType(), rates.get(i - 1).periodStart(),
                    rates.get(i - 1).periodEnd(), rates.get(i).periodStart())) {
                texts.add(null); // the gap's item
            }
            texts.add(growthLabel(rates.get(i)));
        }
        List<Boolean> computed = new ArrayList<>();
        texts.forEach(t -> computed.add(t != null && t.endsWith(COMPUTED_MARK)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !computed.get(item);
            }
        };
        renderer.setSeriesPaint(0, GROWTH);
        renderer.setSeriesStroke(0, new BasicStroke(layout.stroke(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, dot);
        renderer.setUseFillPaint(false);
        renderer.setDrawOutlines(true);
        renderer.setDefaultOutlinePaint(GROWTH);
        boolean room = labelsFit(texts.stream().filter(t -> t != null).toList(), rates.size(), layout);
        renderer.setDefaultItemLabelGenerator((d, s, i) -> room || i == texts.size() - 1 ? texts.get(i) : null);
        labels(renderer, layout, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER, GROWTH);
        return renderer;
    }

    /** A rate as printed: 5.2%, a computed one 5.2%*. */
    static String growthLabel(ChartPoint p) {
        String value = new DecimalFormat("#,##0.0#").format(p.value()) + "%";
        return p.role() == ChartPoint.Role.COMPUTED_GROWTH ? value + COMPUTED_MARK : value;
    }

    private static boolean labelsFit(List<String> labels, int count, ChartRenderer.Layout layout) {
        Font font = layout.faces().bold(layout.label());
        double widest = labels.stream().mapToDouble(t -> layout.textWidth(t, font)).max().orElse(0);
        return widest * 1.15 < layout.width() * 0.8 / Math.max(1, count);
    }

    /** Value labels of a bar or line renderer: bold, in {@code paint}, placed at {@code anchor} (negatives below). */
    static void labels(org.jfree.chart.renderer.AbstractRenderer renderer, ChartRenderer.Layout layout,
            ItemLabelAnchor anchor, TextAnchor text, Color paint) {
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(layout.faces().bold(layout.label()));
        renderer.setDefaultItemLabelPaint(paint);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(anchor, text));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        renderer.setItemLabelAnchorOffset(5 * layout.unit());
    }

    /** The legend: the level's bars and the growth line. */
    static LegendItemCollection legend(ChartData data, ChartRenderer.Layout layout) {
        double r = layout.marker() * 1.4;
        LegendItem bars = new LegendItem(data.indicatorName(), null, null, null, new Rectangle2D.Double(-r, -r, 2 * r, 2 * r),
                BAR, new BasicStroke(1f), BAR);
        LegendItem line = new LegendItem("增长速度（%）", null, null, null, true, new Ellipse2D.Double(-r / 1.4, -r / 1.4, 2 * r / 1.4,
                2 * r / 1.4), true, GROWTH, false, GROWTH, new BasicStroke(1f), true, new Line2D.Double(-3 * r, 0, 3 * r, 0),
                new BasicStroke(layout.stroke()), GROWTH);
        return ChartAxes.legend(List.of(bars, line), layout);
    }

    /** The notes under a level-growth chart: real growth at comparable prices, computed rates, periods without a rate. */
    static List<String> notes(ChartData data) {
        if (!data.kind().equals(KIND)) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        if (BulletinLinks.realGrowth(data.indicator())) {
            notes.add("增长速度按可比价格计算");
        }
        if (data.growthRates().stream().anyMatch(p -> p.role() == ChartPoint.Role.COMPUTED_GROWTH)) {
            notes.add("带" + COMPUTED_MARK + "的增速未见报道，由上年同期总量推算（现价）");
        }
        if (data.growthRates().size() < data.levels().size()) {
            notes.add("增速缺失的时期未画");
        }
        return notes;
    }
}
