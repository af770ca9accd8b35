package com.chainleads.construction.evidence;

import com.chainleads.construction.domain.EvidenceType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, from its first bytes (its "magic"), never from its name or the type the browser claims: JPEG
 * ({@code FF D8 FF}), PNG (its 8-byte signature), WebP ({@code RIFF....WEBP}), PDF ({@code %PDF-}). HEIC/HEIF photos
 * (an ISO box {@code ftyp} with a HEIF brand) are recognised so that they are refused with their own message:
 * no HEIC decoder is available to the server here.
 */
public final class FileKind {

    /** The outcome of looking at a file's first bytes. */
    public sealed interface Detected permits Accepted, Heic, Unknown {}

    public record Accepted(EvidenceType type) implements Detected {}

    public record Heic() implements Detected {}

    public record Unknown() implements Detected {}

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avci");

    private FileKind() {}

    public static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return new Accepted(EvidenceType.JPEG);
        }
        if (startsWith(bytes, 0, PNG)) {
            return new Accepted(EvidenceType.PNG);
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return new Accepted(EvidenceType.WEBP);
        }
        if (ascii(bytes, 0, 5).equals("%PDF-")) {
            return new Accepted(EvidenceType.PDF);
        }
        if (ascii(bytes, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(bytes, 8, 4))) {
            return new Heic();
        }
        return new Unknown();
    }

    public static Optional<EvidenceType> accepted(byte[] bytes) {
        return detect(bytes) instanceof Accepted accepted ? Optional.of(accepted.type()) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        if (bytes.length < offset + length) {
            return "";
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
