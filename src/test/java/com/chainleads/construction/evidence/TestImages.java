package com.chainleads.construction.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Images made by the tests: a plain JPEG or PNG, and a JPEG carrying an EXIF segment with an orientation (6: turn
 * 90° clockwise), a capture time and a GPS position (latitude N 30° 35' 12.34") — as a phone writes it.
 */
public final class TestImages {

    public static final String CAPTURED = "2026:05:01 09:30:00";
    /** The GPS latitude's seconds as stored (1234/100), to look for in the bytes. */
    public static final byte[] GPS_SECONDS = {0, 0, 0x04, (byte) 0xD2, 0, 0, 0, 0x64};

    private TestImages() {}

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3a7bd5));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    /**
     * A JPEG with the grain of a real photo (gradients and noise, which compress as badly as a site photo does):
     * 3200 × 2400 makes a file of a few MB.
     */
    public static byte[] grainyJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(48);
                int red = (x * 255 / width + noise) & 0xff;
                int green = (y * 255 / height + noise) & 0xff;
                int blue = (x + y) % 256;
                image.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        return encode(image, "jpeg");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG of {@code width × height} as stored, with EXIF orientation 6, capture time and GPS latitude. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] tiff = tiff();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiff.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0)
                .put((byte) 0)
                .put(tiff);
        ByteBuffer out = ByteBuffer.allocate(plain.length + segment.capacity());
        out.put(plain, 0, 2).put(segment.array()).put(plain, 2, plain.length - 2);
        return out.array();
    }

    private static byte[] tiff() {
        ByteBuffer t = ByteBuffer.allocate(142); // big-endian ("MM")
        t.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: orientation, pointer to the Exif IFD (50), pointer to the GPS IFD (88)
        t.putShort((short) 3);
        t.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        t.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(50);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(88);
        t.putInt(0);
        // Exif IFD at 50: DateTimeOriginal at 68
        t.putShort((short) 1);
        t.putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(68);
        t.putInt(0);
        t.put((CAPTURED + "\0").getBytes(StandardCharsets.US_ASCII));
        // GPS IFD at 88: latitude ref "N", latitude (3 rationals at 118)
        t.putShort((short) 2);
        t.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        t.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(118);
        t.putInt(0);
        t.putInt(30).putInt(1).putInt(35).putInt(1).put(GPS_SECONDS);
        return t.array();
    }
}
