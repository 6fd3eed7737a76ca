package dev.newsbite.reader.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Test pictures made on the fly, so no image file has to live in the project. */
final class Png {
    private Png() {
    }

    /** A dusk-over-water gradient, {@code width} by {@code height}, as PNG bytes. */
    static byte[] gradient(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int horizon = height * 3 / 5;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb;
                if (y < horizon) {
                    float t = y / (float) horizon;
                    rgb = mix(0x2b3a67, 0xf4a259, t);
                } else {
                    float t = (y - horizon) / (float) (height - horizon);
                    rgb = mix(0x1d4e89, 0x0b1d36, t) + (((x / 12 + y / 3) % 7 == 0) ? 0x101010 : 0);
                }
                img.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int mix(int from, int to, float t) {
        int r = (int) (((from >> 16) & 0xff) * (1 - t) + ((to >> 16) & 0xff) * t);
        int g = (int) (((from >> 8) & 0xff) * (1 - t) + ((to >> 8) & 0xff) * t);
        int b = (int) ((from & 0xff) * (1 - t) + (to & 0xff) * t);
        return (r << 16) | (g << 8) | b;
    }
}
