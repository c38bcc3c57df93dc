package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.zhibiao.extract.IndicatorCatalog;

/**
 * The structure of a whole (三次产业结构): one 100 % bar per period stacked from its parts' shares, each share printed
 * where it fits; a rest the parts do not cover is grey (未列明), so a missing part never inflates the others.
 */
final class StructurePlot {

    static final String KIND = "structure";
    static final String REST_NAME = "未列明部分";
    static final Color[] PART_COLORS = { new Color(0x5B8E3E), new Color(0x2B5C8A), new Color(0xD9822B), new Color(0x7B5EA7),
            new Color(0x2A9D8F) };
    static final Color REST = new Color(0xC8C8C8);
    private static final DecimalFormat SHARE = new DecimalFormat("0.0");

    private StructurePlot() {
    }

    static CategoryPlot plot(ChartData data, ChartRenderer.Layout layout) {
        List<String> series = series(data);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String period : periods(data)) {
            for (String s : series) {
                dataset.addValue(null, s, shortLabel(period));
            }
        }
        double plotHeight = layout.height() * 0.55;
        float labelSize = layout.label();
        for (ChartPoint p : data.points()) {
            if (p.share()) {
                String s = p.role() == ChartPoint.Role.REST ? REST_NAME : name(p.indicator());
                dataset.addValue(p.value().doubleValue(), s, shortLabel(p.category()));
                // A share printed only where its segment is tall enough for the text.
                boolean fits = p.value().doubleValue() / 100 * plotHeight > labelSize * 1.25;
                labels.put(s + "\u0000" + shortLabel(p.category()), fits ? shareLabel(p) : null);
            }
        }
        CategoryAxis periods = ChartAxes.categoryAxis(layout.faces().plain(layout.tick()), 0.3, 0.03);
        NumberAxis shares = new NumberAxis("%");
        shares.setRange(0, 100);
        shares.setTickUnit(new NumberTickUnit(layout.maxValueTicks() >= 5 ? 20 : 50, new DecimalFormat("0")));
        shares.setTickLabelFont(layout.faces().plain(layout.tick()));
        shares.setTickLabelPaint(ChartRenderer.MUTED);
        shares.setLabelFont(layout.faces().plain(layout.tick()));
        shares.setLabelPaint(ChartRenderer.MUTED);
        shares.setAxisLineVisible(false);
        shares.setTickMarksVisible(false);
        CategoryPlot plot = new CategoryPlot(dataset, periods, shares, renderer(series, labels, layout));
        ChartAxes.styleBars(plot, layout, 6);
        return plot;
    }

    private static StackedBarRenderer renderer(List<String> series, Map<String, String> labels, ChartRenderer.Layout layout) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke((float) Math.max(0.8, layout.unit())));
        renderer.setMaximumBarWidth(0.14);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, colour(series, i));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                return labels.get(d.getRowKey(row) + "\u0000" + d.getColumnKey(column));
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(layout.faces().bold(layout.label()));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        return renderer;
    }

    private static Color colour(List<String> series, int i) {
        return series.get(i).equals(REST_NAME) ? REST : PART_COLORS[i % PART_COLORS.length];
    }

    /** The parts in the catalog's order, then the rest if any period has one. */
    static List<String> series(ChartData data) {
        Set<String> names = new LinkedHashSet<>();
        BulletinLinks.partsOf(data.indicator()).forEach(code -> names.add(name(code)));
        if (data.points().stream().anyMatch(p -> p.role() == ChartPoint.Role.REST)) {
            names.add(REST_NAME);
        }
        return new ArrayList<>(names);
    }

    private static List<String> periods(ChartData data) {
        return data.points().stream().map(ChartPoint::category).distinct().toList();
    }

    /** 2025年 stays 2025年; 2025年1-9月累计 is drawn as 2025年1-9月 (the subtitle names the period group). */
    static String shortLabel(String category) {
        return category.endsWith("累计") ? category.substring(0, category.length() - 2) : category;
    }

    static String name(String code) {
        return IndicatorCatalog.contains(code) ? IndicatorCatalog.byCode(code).name() : code;
    }

    /** A share as printed: 8.5%. */
    static String shareLabel(ChartPoint p) {
        return SHARE.format(p.value()) + "%";
    }

    static LegendItemCollection legend(ChartData data, ChartRenderer.Layout layout) {
        double r = layout.marker() * 1.4;
        List<String> series = series(data);
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Color c = colour(series, i);
            items.add(new LegendItem(series.get(i), null, null, null, new Rectangle2D.Double(-r, -r, 2 * r, 2 * r), c,
                    new BasicStroke(1f), c));
        }
        return ChartAxes.legend(items, layout);
    }

    /** What the shares are of, and every period whose parts do not add up to the whole. */
    static List<String> notes(ChartData data) {
        if (!data.kind().equals(KIND)) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        Map<String, Shares.Base> bases = Shares.bases(data);
        Set<String> rest = new LinkedHashSet<>();
        data.points().stream().filter(p -> p.role() == ChartPoint.Role.REST).forEach(p -> rest.add(shortLabel(p.category())));
        if (!rest.isEmpty()) {
            notes.add(String.join("、", rest) + "各部分之和小于" + data.indicatorName() + "，差额以灰色表示");
        }
        List<String> exceed = periodsWith(bases, Shares.Base.PARTS_EXCEED_WHOLE);
        if (!exceed.isEmpty()) {
            notes.add(String.join("、", exceed) + "各部分之和大于" + data.indicatorName() + "，占比按各部分之和计算");
        }
        List<String> noWhole = periodsWith(bases, Shares.Base.NO_WHOLE);
        if (!noWhole.isEmpty()) {
            notes.add(String.join("、", noWhole) + data.indicatorName() + "未见报道，占比按各部分之和计算");
        }
        if (notes.isEmpty()) {
            notes.add("占比为各部分占" + data.indicatorName() + "的比重");
        }
        return notes;
    }

    private static List<String> periodsWith(Map<String, Shares.Base> bases, Shares.Base base) {
        return bases.entrySet().stream().filter(e -> e.getValue() == base).map(e -> shortLabel(e.getKey())).toList();
    }
}
