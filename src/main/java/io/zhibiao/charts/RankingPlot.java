package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.series.DisplayUnit;

/**
 * A ranking of every child region for one indicator and period: horizontal bars, largest on top, each labelled at its
 * end, a dashed line at the reference (the parent's value, or the children's average), one region highlighted. Text
 * and bars shrink with the number of regions, so 3 and 30 read alike.
 */
final class RankingPlot {

    static final String KIND = "ranking";
    static final Color BAR = new Color(0x2B5C8A);
    static final Color HIGHLIGHT = new Color(0xD9822B);
    static final Color REFERENCE = new Color(0xC0392B);

    private RankingPlot() {
    }

    static CategoryPlot plot(ChartData data, DisplayUnit scale, ChartRenderer.Layout layout) {
        List<ChartPoint> bars = data.points().stream().filter(p -> !p.reference()).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        bars.forEach(p -> dataset.addValue(scale.inUnit(p.value()).doubleValue(), KIND, p.category()));
        Font font = layout.faces().plain(textSize(bars.size(), layout));
        CategoryAxis regions = ChartAxes.categoryAxis(font, bars.size() > 12 ? 0.15 : 0.3, 0.01);
        NumberAxis values = ChartAxes.valueAxis(data, scale, layout);
        // Room at the end of the longest bar for its label.
        values.setUpperBound(values.getUpperBound() + values.getTickUnit().getSize());
        CategoryPlot plot = new CategoryPlot(dataset, regions, values, renderer(bars, scale, layout));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartAxes.styleBars(plot, layout, 12);
        data.points().stream().filter(ChartPoint::reference).findFirst()
                .ifPresent(r -> plot.addRangeMarker(reference(r, scale, layout)));
        return plot;
    }

    /** Text of the regions and values: the chart's label size, smaller where many bars share the height. */
    static float textSize(int bars, ChartRenderer.Layout layout) {
        double perBar = layout.height() * 0.62 / Math.max(1, bars);
        return (float) Math.max(7, Math.min(layout.label(), perBar * 0.72));
    }

    private static BarRenderer renderer(List<ChartPoint> bars, DisplayUnit scale, ChartRenderer.Layout layout) {
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).role() == ChartPoint.Role.HIGHLIGHT ? HIGHLIGHT : BAR;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        // Three regions are three slim bars, not three slabs.
        renderer.setMaximumBarWidth(0.09);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                return ChartTexts.valueLabel(bars.get(column), scale);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(layout.faces().bold(textSize(bars.size(), layout)));
        renderer.setDefaultItemLabelPaint(ChartRenderer.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(3 * layout.unit());
        return renderer;
    }

    private static ValueMarker reference(ChartPoint r, DisplayUnit scale, ChartRenderer.Layout layout) {
        ValueMarker marker = new ValueMarker(scale.inUnit(r.value()).doubleValue());
        float w = (float) Math.max(1.2, 1.6 * layout.unit());
        marker.setPaint(REFERENCE);
        marker.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 4 * w, 3 * w }, 0f));
        marker.setLabel(referenceLabel(r, scale));
        marker.setLabelFont(layout.faces().bold(layout.label()));
        marker.setLabelPaint(REFERENCE);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 4 * layout.unit(), 2, 2));
        return marker;
    }

    /** 鹰潭 12.5 for the parent's own value, 平均 8.3 for the children's average. */
    static String referenceLabel(ChartPoint r, DisplayUnit scale) {
        return r.category() + " " + ChartTexts.valueLabel(r, scale);
    }

    static ChartPoint as(ChartPoint p, String category, BigDecimal value, ChartPoint.Role role) {
        return new ChartPoint(category, p.periodType(), p.periodStart(), p.periodEnd(), p.regionCode(), Kind.ACTUAL, value,
                null, role == ChartPoint.Role.HIGHLIGHT ? p.qualifier() : Qualifier.EXACT, role);
    }

    /** The children's mean (lower bounds as drawn), filed under the parent's code, as the reference line. */
    static ChartPoint average(List<ChartPoint> children, String parent) {
        BigDecimal sum = children.stream().map(ChartPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        ChartPoint first = children.get(0);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(children.size()), 4, RoundingMode.HALF_UP);
        return new ChartPoint("平均", first.periodType(), first.periodStart(), first.periodEnd(), parent, Kind.ACTUAL, mean, null,
                Qualifier.EXACT, ChartPoint.Role.AVERAGE);
    }

    /** What the dashed line is, and which region is highlighted. */
    static List<String> notes(ChartData data) {
        if (!data.kind().equals(KIND)) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        data.points().stream().filter(ChartPoint::reference).findFirst().ifPresent(r -> notes.add(
                r.role() == ChartPoint.Role.PARENT ? "虚线为" + data.regionName() + "水平" : "虚线为各地平均"));
        data.points().stream().filter(p -> p.role() == ChartPoint.Role.HIGHLIGHT).findFirst()
                .ifPresent(p -> notes.add("橙色为" + p.category()));
        return notes;
    }
}
