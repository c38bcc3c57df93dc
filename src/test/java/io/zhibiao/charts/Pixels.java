package io.zhibiao.charts;

import java.awt.image.BufferedImage;

/** Pixel sampling for PNG tests. */
final class Pixels {

    private Pixels() {
    }

    /** Share of pixels in the given fractional rectangle that are coloured (data marks; text and grid are grey). */
    static double colouredShare(BufferedImage image, double x0, double y0, double x1, double y1) {
        int nonWhite = 0;
        int total = 0;
        for (int y = (int) (image.getHeight() * y0); y < image.getHeight() * y1; y += 2) {
            for (int x = (int) (image.getWidth() * x0); x < image.getWidth() * x1; x += 2) {
                total++;
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    nonWhite++;
                }
            }
        }
        return (double) nonWhite / total;
    }
}
