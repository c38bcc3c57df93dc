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

    /** Share of pixels in the fractional rectangle whose colour passes {@code test}. */
    static double share(BufferedImage image, double x0, double y0, double x1, double y1,
            java.util.function.Predicate<java.awt.Color> test) {
        int passing = 0;
        int total = 0;
        for (int y = (int) (image.getHeight() * y0); y < image.getHeight() * y1; y++) {
            for (int x = (int) (image.getWidth() * x0); x < image.getWidth() * x1; x++) {
                total++;
                passing += test.test(new java.awt.Color(image.getRGB(x, y))) ? 1 : 0;
            }
        }
        return (double) passing / total;
    }

    /** Near {@code colour}: the fill of a bar, antialiased edges aside. */
    static java.util.function.Predicate<java.awt.Color> near(java.awt.Color colour, int tolerance) {
        return c -> Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue()) < tolerance;
    }

    /** Clearly red (a growth line, a reference line and their antialiased text). */
    static boolean reddish(java.awt.Color c) {
        return c.getRed() > c.getGreen() + 40 && c.getRed() > c.getBlue() + 40 && c.getGreen() < 150;
    }
}
