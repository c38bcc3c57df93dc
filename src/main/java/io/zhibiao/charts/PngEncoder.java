package io.zhibiao.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB chart image as a PNG straight from its pixel array. ImageIO's writer copied every row through a new
 * Raster, sample by sample, tried five filters per row and deflated at level 4: two thirds of a pre-render's CPU (a
 * flight recording of the city benchmark, issue 26). Charts are flat colours with horizontal lines and vertical bars,
 * so two filters suffice: Up where a row repeats or has more pixels equal to the one above than to its left neighbour,
 * Sub elsewhere, chosen on the int pixels; and the fastest deflate level costs a fifth more bytes than ImageIO's, a third of the time.
 */
final class PngEncoder {

    /** The deflate level (1, fastest): see the comparison in bench/charts/RESULTS.md. */
    static final int LEVEL = Deflater.BEST_SPEED;

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte FILTER_SUB = 1, FILTER_UP = 2;

    private PngEncoder() {
    }

    /** The PNG of an image of type {@link BufferedImage#TYPE_INT_RGB}; the same pixels give the same bytes. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("Only TYPE_INT_RGB images are encoded here, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB, no alpha
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflate(filtered(pixels, width, height)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Each row as its filter byte and its filtered samples (R, G, B per pixel). */
    private static byte[] filtered(int[] pixels, int width, int height) {
        int stride = width * 3 + 1;
        byte[] out = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int at = y * stride;
            if (y > 0 && Arrays.equals(pixels, row, row + width, pixels, row - width, row)) {
                out[at] = FILTER_UP; // the same row again: all zeros
                continue;
            }
            boolean up = y > 0 && closerAbove(pixels, row, width);
            out[at++] = up ? FILTER_UP : FILTER_SUB;
            int reference = up ? row - width : row - 1;
            for (int x = 0; x < width; x++) {
                int c = pixels[row + x];
                int ref = up || x > 0 ? pixels[reference + x] : 0;
                out[at++] = (byte) ((c >> 16) - (ref >> 16));
                out[at++] = (byte) ((c >> 8) - (ref >> 8));
                out[at++] = (byte) (c - ref);
            }
        }
        return out;
    }

    /**
     * Whether Up suits a row better than Sub: the filter that leaves more pixels equal to their reference (zero bytes,
     * which deflate best). Counting equal pixels on the ints chooses as libpng's sum of signed bytes does on flat colours,
     * at a fraction of its cost: that sum was two thirds of the encoder's Java samples, two fifths of the drawing threads',
     * in a flight recording of the city benchmark (issue 26, bench/charts/RESULTS.md).
     */
    private static boolean closerAbove(int[] pixels, int row, int width) {
        int sameAbove = 0, sameLeft = (pixels[row] & 0xFFFFFF) == 0 ? 1 : 0; // Sub's first pixel refers to black
        for (int x = 0; x < width; x++) {
            sameAbove += pixels[row + x] == pixels[row + x - width] ? 1 : 0;
        }
        for (int x = 1; x < width; x++) {
            sameLeft += pixels[row + x] == pixels[row + x - 1] ? 1 : 0;
        }
        return sameAbove > sameLeft;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, data.length / 16));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] word = new byte[4];
        putInt(word, 0, data.length);
        out.writeBytes(word);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        putInt(word, 0, (int) crc.getValue());
        out.writeBytes(word);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
