package com.chainleads.construction.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.construction.domain.EvidenceType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EvidenceFilesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theTestPhotoCarriesGpsOrientationAndCaptureTimeInItsExif() {
        byte[] photo = TestImages.jpegWithGps(40, 20);
        assertThat(JpegExif.hasExif(photo)).isTrue();
        assertThat(contains(photo, TestImages.GPS_SECONDS)).isTrue();
        JpegExif.Facts facts = JpegExif.read(photo);
        assertThat(facts.orientation()).isEqualTo(6);
        assertThat(facts.capturedAt()).isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 30));
    }

    @Test
    void aServedPhotoIsReencodedWithoutExifSoItsGpsPositionIsGone() throws IOException {
        EvidenceFiles.Prepared prepared = EvidenceFiles.prepare(TestImages.jpegWithGps(40, 20), SHANGHAI);

        assertThat(prepared.type()).isEqualTo(EvidenceType.JPEG);
        assertThat(JpegExif.hasExif(prepared.content())).isFalse();
        assertThat(contains(prepared.content(), TestImages.GPS_SECONDS)).isFalse();
        assertThat(contains(prepared.content(), "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(JpegExif.hasExif(prepared.thumbnail())).isFalse();
    }

    @Test
    void thePhotoIsTurnedUprightAsItsOrientationSaysAndItsCaptureTimeIsKept() throws IOException {
        EvidenceFiles.Prepared prepared = EvidenceFiles.prepare(TestImages.jpegWithGps(40, 20), SHANGHAI);

        BufferedImage served = read(prepared.content());
        assertThat(served.getWidth()).isEqualTo(20);
        assertThat(served.getHeight()).isEqualTo(40);
        assertThat(prepared.capturedAt())
                .isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 30).atZone(SHANGHAI).toInstant());
    }

    @Test
    void theThumbnailFitsInto320PixelsAndKeepsTheProportions() throws IOException {
        EvidenceFiles.Prepared prepared = EvidenceFiles.prepare(TestImages.jpeg(1600, 800), SHANGHAI);

        BufferedImage thumbnail = read(prepared.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
        assertThat(FileKind.accepted(prepared.thumbnail())).contains(EvidenceType.JPEG);
    }

    @Test
    void aPhotoIsPrintedAt800PixelsOnItsLongSideInAFractionOfItsBytes() throws IOException {
        byte[] stored = EvidenceFiles.prepare(TestImages.grainyJpeg(3200, 2400), ZoneId.of("Asia/Shanghai"))
                .content();

        byte[] printed = EvidenceFiles.printCopy(new ByteArrayInputStream(stored));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(printed));
        assertThat(image.getWidth()).isEqualTo(EvidenceFiles.PRINT_SIZE);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(printed.length).isLessThan(stored.length / 10);
    }

    @Test
    void aPortraitPhotoIsPrintedAt800PixelsHighAndASmallOneAtItsOwnSize() throws IOException {
        BufferedImage tall = ImageIO.read(new ByteArrayInputStream(
                EvidenceFiles.printCopy(new ByteArrayInputStream(TestImages.jpeg(1000, 2500)))));
        assertThat(tall.getHeight()).isEqualTo(800);
        assertThat(tall.getWidth()).isEqualTo(320);

        BufferedImage small = ImageIO.read(
                new ByteArrayInputStream(EvidenceFiles.printCopy(new ByteArrayInputStream(TestImages.png(400, 300)))));
        assertThat(small.getWidth()).as("never enlarged").isEqualTo(400);
        assertThat(small.getHeight()).isEqualTo(300);
    }

    @Test
    void aPngStaysAPngAndAPdfIsKeptAsUploadedWithoutThumbnail() {
        EvidenceFiles.Prepared png = EvidenceFiles.prepare(TestImages.png(30, 30), SHANGHAI);
        assertThat(FileKind.accepted(png.content())).contains(EvidenceType.PNG);
        assertThat(EvidenceFiles.servedMediaType(png.type())).isEqualTo("image/png");

        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        EvidenceFiles.Prepared prepared = EvidenceFiles.prepare(pdf, SHANGHAI);
        assertThat(prepared.type()).isEqualTo(EvidenceType.PDF);
        assertThat(prepared.content()).isEqualTo(pdf);
        assertThat(prepared.thumbnail()).isNull();
    }

    @Test
    void aFileNamedLikeAPhotoThatIsNoPhotoIsRefusedByItsContent() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceFiles.prepare(script, SHANGHAI))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("construction.evidence.error.type"));
    }

    @Test
    void aHeicPhotoIsRefusedWithItsOwnMessage() {
        byte[] heic = new byte[32];
        System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
        assertThat(FileKind.detect(heic)).isInstanceOf(FileKind.Heic.class);
        assertThatThrownBy(() -> EvidenceFiles.prepare(heic, SHANGHAI))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("construction.evidence.error.heic"));
    }

    @Test
    void aJpegHeaderOverBrokenBytesIsRefusedAsUnreadable() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 2, 1, 2, 3};
        assertThatThrownBy(() -> EvidenceFiles.prepare(broken, SHANGHAI))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("construction.evidence.error.unreadable"));
    }

    @Test
    void theTypeComesFromTheFirstBytes() {
        assertThat(FileKind.accepted(TestImages.jpeg(4, 4))).contains(EvidenceType.JPEG);
        assertThat(FileKind.accepted(TestImages.png(4, 4))).contains(EvidenceType.PNG);
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FileKind.accepted(webp)).contains(EvidenceType.WEBP);
        assertThat(FileKind.accepted("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .contains(EvidenceType.PDF);
        assertThat(FileKind.detect(new byte[0])).isInstanceOf(FileKind.Unknown.class);
        assertThat(FileKind.detect("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(FileKind.Unknown.class);
    }

    @Test
    void aWebpReaderIsAvailableToImageIo() {
        assertThat(ImageIO.getImageReadersByMIMEType("image/webp").hasNext()).isTrue();
    }
}
