package io.zhibiao.charts;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleInsets;

import io.zhibiao.extract.PeriodType;
import io.zhibiao.series.DisplayUnit;

/** Where points sit on a chart over time, and the time and value axes that hold them. */
final class ChartAxes {

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private ChartAxes() {
    }

    /** Where a point sits in time: flows in the middle of their period, totals-to-date and stocks on their last day. */
    static double anchor(ChartPoint p) {
        if (p.periodType() == PeriodType.YTD || p.periodType() == PeriodType.ASOF) {
            return millis(p.periodEnd().plusDays(1)) - 12 * 3600_000.0;
        }
        return (millis(p.periodStart()) + millis(p.periodEnd().plusDays(1))) / 2;
    }

    /** A bar covers its period; bars of the same period share it side by side, with a little air at each end. */
    static double[] slot(ChartPoint p, int index, int count) {
        double start = millis(p.periodStart());
        double end = millis(p.periodEnd().plusDays(1));
        double air = (end - start) * 0.12;
        double width = (end - start - 2 * air) / count;
        double low = start + air + index * width;
        return new double[] { low + width / 2, low, low + width };
    }

    static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static DateAxis timeAxis(ChartData data, ChartRenderer.Layout layout) {
        DateAxis axis = new DateAxis(null, UTC, Locale.CHINA);
        axis.setTickLabelFont(layout.faces().plain(layout.tick()));
        axis.setTickLabelPaint(ChartRenderer.TEXT);
        axis.setAxisLinePaint(ChartRenderer.AXIS);
        axis.setTickMarkPaint(ChartRenderer.AXIS);
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

    static DateTickUnit tickUnit(double days, boolean monthly, int maxTicks) {
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

    /**
     * The category axis every bar chart uses: labels in {@code font}, no tick marks, margins as given (the gap between
     * bars, then before the first and after the last).
     */
    static CategoryAxis categoryAxis(java.awt.Font font, double categoryMargin, double endMargin) {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(font);
        axis.setTickLabelPaint(ChartRenderer.TEXT);
        axis.setAxisLinePaint(ChartRenderer.AXIS);
        axis.setTickMarksVisible(false);
        axis.setCategoryMargin(categoryMargin);
        axis.setLowerMargin(endMargin);
        axis.setUpperMargin(endMargin);
        return axis;
    }

    static NumberAxis valueAxis(ChartData data, DisplayUnit scale, ChartRenderer.Layout layout) {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFont(layout.faces().plain(layout.tick()));
        axis.setTickLabelPaint(ChartRenderer.MUTED);
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

    /** The look of the bulletin bar charts: white, no frame, light value grid lines, room on the right for labels. */
    static void styleBars(CategoryPlot plot, ChartRenderer.Layout layout, int rightUnits) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xE3E3E3));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6 * layout.unit(), 2, 2, rightUnits * layout.unit()));
    }

    /** A legend of these items in the chart's label font. */
    static LegendItemCollection legend(List<LegendItem> items, ChartRenderer.Layout layout) {
        LegendItemCollection legend = new LegendItemCollection();
        for (LegendItem item : items) {
            item.setLabelFont(layout.faces().plain(layout.label()));
            item.setLabelPaint(ChartRenderer.TEXT);
            legend.add(item);
        }
        return legend;
    }
}
