package io.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.Map;

import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints the bars of target rows with diagonal lines on a light tint, drawn as lines rather than a
 * texture so the SVG shows them too; other rows are plain. Targets are never solid, so a plan cannot
 * pass for an achievement, also in a black-and-white print.
 */
final class HatchedBarPainter extends StandardXYBarPainter {

    static final Color TINT = new Color(0xFBEBDD);

    private final Map<Integer, Color> hatchedRows;
    private final double spacing;
    private final float width;

    HatchedBarPainter(Map<Integer, Color> hatchedRows, double spacing, float width) {
        this.hatchedRows = hatchedRows;
        this.spacing = spacing;
        this.width = width;
    }

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        Color colour = hatchedRows.get(row);
        if (colour == null) {
            super.paintBar(g2, renderer, row, column, bar, base);
            return;
        }
        g2.setPaint(TINT);
        g2.fill(bar);
        Shape clip = g2.getClip();
        g2.clip(bar);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(width));
        Rectangle2D b = bar.getBounds2D();
        // Lines at fixed page positions, so neighbouring bars' hatching lines up.
        for (double x = Math.floor((b.getMinX() - b.getHeight()) / spacing) * spacing; x < b.getMaxX(); x += spacing) {
            g2.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        }
        g2.setClip(clip);
        g2.setPaint(renderer.getItemOutlinePaint(row, column));
        g2.setStroke(renderer.getItemOutlineStroke(row, column));
        g2.draw(bar);
    }
}
