package com.chainleads.construction.evidence;

import com.chainleads.construction.domain.EvidenceType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file into what the server keeps and serves. The type comes from the bytes ({@link FileKind}).
 * An image is decoded and encoded again from its pixels only — EXIF (GPS position, camera, owner), XMP and
 * comments do not survive — after turning it upright as its EXIF orientation says; a thumbnail of at most
 * {@value #THUMBNAIL_SIZE} px is made beside it. Photos are served as JPEG (WebP too: there is no WebP writer),
 * PNG stays PNG. A PDF is kept as uploaded (it is shown by the browser's viewer, never parsed here). Images larger
 * than {@value #MAX_PIXELS} pixels are refused before decoding (a small file can unpack to gigabytes).
 */
public final class EvidenceFiles {

    public static final int THUMBNAIL_SIZE = 320;
    /** The long side of a photo printed in a booklet: sharp at the width it is printed, small in the file. */
    public static final int PRINT_SIZE = 800;

    static final long MAX_PIXELS = 60_000_000L;

    /** What to store: the served file, its thumbnail (images only), and the capture time read from EXIF. */
    public record Prepared(
            EvidenceType type,
            byte[] content,
            byte @Nullable [] thumbnail,
            @Nullable Instant capturedAt) {}

    private EvidenceFiles() {}

    /** The media type a stored file of this type is served as. */
    public static String servedMediaType(EvidenceType type) {
        return type == EvidenceType.WEBP ? "image/jpeg" : type.mediaType();
    }

    public static Prepared prepare(byte[] upload, ZoneId zone) {
        FileKind.Detected detected = FileKind.detect(upload);
        if (detected instanceof FileKind.Heic) {
            throw new EvidenceRefused("construction.evidence.error.heic");
        }
        if (!(detected instanceof FileKind.Accepted accepted)) {
            throw new EvidenceRefused("construction.evidence.error.type");
        }
        EvidenceType type = accepted.type();
        if (!type.isImage()) {
            return new Prepared(type, upload, null, null);
        }
        JpegExif.Facts facts = type == EvidenceType.JPEG ? JpegExif.read(upload) : JpegExif.Facts.NONE;
        BufferedImage image = upright(decode(upload), facts.orientation());
        boolean png = type == EvidenceType.PNG;
        byte[] content = png ? encodePng(image) : encodeJpeg(image, 0.9f);
        byte[] thumbnail = encodeJpeg(scaled(image, THUMBNAIL_SIZE), 0.8f);
        Instant captured = facts.capturedAt() == null
                ? null
                : facts.capturedAt().atZone(zone).toInstant();
        return new Prepared(type, content, thumbnail, captured);
    }

    /**
     * A stored photo as it is printed: a JPEG of at most {@value #PRINT_SIZE} px on its long side, made by the
     * server as its thumbnails are. A large photo is read subsampled, never held at its full size.
     */
    public static byte[] printCopy(InputStream stored) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(stored)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("Not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                // every n-th pixel, keeping twice the print size for a smooth reduction after
                int step = Math.max(1, longSide / (2 * PRINT_SIZE));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                while (Math.max(image.getWidth(), image.getHeight()) >= 2 * PRINT_SIZE) {
                    image = scaled(image, Math.max(image.getWidth(), image.getHeight()) / 2);
                }
                return encodeJpeg(scaled(image, PRINT_SIZE), 0.85f);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new EvidenceRefused("construction.evidence.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignore metadata: only the pixels are read
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new EvidenceRefused("construction.evidence.error.tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof EvidenceRefused refused) {
                throw refused;
            }
            throw new EvidenceRefused("construction.evidence.error.unreadable");
        }
    }

    /** Applies EXIF orientation 3 (180°), 6 (90° clockwise) and 8 (90° counter-clockwise); others as stored. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = new AffineTransform();
        int width = w;
        int height = h;
        switch (orientation) {
            case 3 -> {
                turn.translate(w, h);
                turn.rotate(Math.PI);
            }
            case 6 -> {
                width = h;
                height = w;
                turn.translate(h, 0);
                turn.rotate(Math.PI / 2);
            }
            case 8 -> {
                width = h;
                height = w;
                turn.translate(0, w);
                turn.rotate(-Math.PI / 2);
            }
            default -> {
                return image;
            }
        }
        BufferedImage turned = new BufferedImage(width, height, opaqueOrAlpha(image));
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return turned;
    }

    private static int opaqueOrAlpha(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    static BufferedImage scaled(BufferedImage image, int box) {
        double factor = Math.min(1.0, (double) box / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return small;
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    static byte[] encodeJpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(opaque(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
