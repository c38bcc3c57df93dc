package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngEncoderTest {

    static final ChartRenderer RENDERER = new ChartRenderer(new ChartFonts());

    @Test
    void decodesToTheSamePixelsAsDrawn() throws IOException {
        for (ChartData data : new ChartData[] { SampleCharts.loansLine(), SampleCharts.countiesRanked(30),
                SampleCharts.gdpStructure() }) {
            BufferedImage drawn = RENDERER.image(data, 1200, 675, 1);
            assertSamePixels(drawn, PngEncoder.encode(drawn));
        }
    }

    @Test
    void keepsNoisePixelForPixelInEveryFilter() throws IOException {
        // Random colours defeat both filters' guesses and make every byte wrap around; odd sizes test the row ends.
        BufferedImage noise = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(26);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, y % 5 == 3 ? noise.getRGB(x, y - 1) : x % 7 == 0 ? 0xFFFFFF : random.nextInt(1 << 24));
            }
        }
        assertSamePixels(noise, PngEncoder.encode(noise));
        assertSamePixels(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), PngEncoder.encode(new BufferedImage(1, 1,
                BufferedImage.TYPE_INT_RGB)));
    }

    @Test
    void givesTheSameBytesForTheSamePixelsAndStaysSmall() {
        BufferedImage drawn = RENDERER.image(SampleCharts.gdpWithGrowth(), 1200, 675, 1);
        byte[] png = PngEncoder.encode(drawn);
        assertArrayEquals(png, PngEncoder.encode(RENDERER.image(SampleCharts.gdpWithGrowth(), 1200, 675, 1)));
        // A flat-coloured chart deflates to a few dozen kilobytes, not the 2.4 MB of its samples.
        assertTrue(png.length < 120_000, png.length + " bytes");
    }

    @Test
    void refusesImagesWithAlpha() {
        assertThrows(IllegalArgumentException.class,
                () -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)));
    }

    private static void assertSamePixels(BufferedImage expected, byte[] png) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        int w = expected.getWidth(), h = expected.getHeight();
        assertEquals(w, read.getWidth());
        assertEquals(h, read.getHeight());
        assertArrayEquals(expected.getRGB(0, 0, w, h, null, 0, w), read.getRGB(0, 0, w, h, null, 0, w));
    }
}
