package com.chainleads.construction.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two EXIF facts the server uses from a JPEG before it throws the metadata away: the orientation (phones store
 * a photo sideways and say so in EXIF; re-encoding without it would show it sideways) and the capture time
 * ({@code DateTimeOriginal}, kept as an evidence field). Reads the APP1 "Exif" segment's TIFF structure directly;
 * anything malformed simply yields nothing. {@link #hasExif} tells whether a JPEG carries an EXIF segment at all.
 */
public final class JpegExif {

    /** What was read: orientation 1 (as stored) when unknown. */
    public record Facts(int orientation, @Nullable LocalDateTime capturedAt) {
        static final Facts NONE = new Facts(1, null);
    }

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final int ORIENTATION = 0x0112;
    private static final int EXIF_IFD = 0x8769;
    private static final int DATE_TIME_ORIGINAL = 0x9003;

    private JpegExif() {}

    public static boolean hasExif(byte[] jpeg) {
        return exifSegment(jpeg).isPresent();
    }

    public static Facts read(byte[] jpeg) {
        try {
            return exifSegment(jpeg).map(JpegExif::parse).orElse(Facts.NONE);
        } catch (RuntimeException malformed) {
            return Facts.NONE;
        }
    }

    /** The TIFF data of the first APP1 segment that starts with "Exif\0\0". */
    static Optional<ByteBuffer> exifSegment(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break; // start of scan / end of image: no more metadata segments
            }
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            int start = pos + 4;
            if (marker == 0xE1
                    && length >= 8
                    && start + 6 <= jpeg.length
                    && new String(jpeg, start, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
                int tiffStart = start + 6;
                int tiffLength = Math.min(length - 8, jpeg.length - tiffStart);
                return Optional.of(ByteBuffer.wrap(jpeg, tiffStart, tiffLength).slice());
            }
            pos = start + length - 2;
        }
        return Optional.empty();
    }

    private static Facts parse(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd0 = tiff.getInt(4);
        int orientation = 1;
        LocalDateTime captured = null;
        int entries = tiff.getShort(ifd0) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd0 + 2 + i * 12;
            int tag = tiff.getShort(entry) & 0xFFFF;
            if (tag == ORIENTATION) {
                orientation = tiff.getShort(entry + 8) & 0xFFFF;
            } else if (tag == EXIF_IFD) {
                captured = dateTimeOriginal(tiff, tiff.getInt(entry + 8));
            }
        }
        return new Facts(orientation < 1 || orientation > 8 ? 1 : orientation, captured);
    }

    private static @Nullable LocalDateTime dateTimeOriginal(ByteBuffer tiff, int ifd) {
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == DATE_TIME_ORIGINAL) {
                int count = tiff.getInt(entry + 4);
                int offset = tiff.getInt(entry + 8);
                if (count < 19 || offset + 19 > tiff.limit()) {
                    return null;
                }
                byte[] text = new byte[19];
                tiff.get(offset, text);
                try {
                    return LocalDateTime.parse(new String(text, StandardCharsets.US_ASCII), EXIF_TIME);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }
}
