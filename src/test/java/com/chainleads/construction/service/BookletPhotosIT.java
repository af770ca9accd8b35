package com.chainleads.construction.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.evidence.EvidenceFiles;
import com.chainleads.construction.evidence.TestImages;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import com.chainleads.tour.service.TourBooklet;
import com.chainleads.tour.service.TourCommand;
import com.chainleads.tour.service.TourService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The photos a tour booklet prints of a project's milestones, on a real database and evidence store. */
@IntegrationTest
class BookletPhotosIT {

    @Autowired
    ConstructionService construction;

    @Autowired
    MilestoneKindService kinds;

    @Autowired
    TourService tours;

    @Autowired
    TourBooklet booklet;

    @Autowired
    SignedLeads signedLeads;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Long tour;

    @AfterEach
    void removeTour() {
        if (tour != null) {
            jdbc.update("delete from tour where id = ?", tour);
        }
    }

    @Test
    void aBookletWithALargePhotoIsMuchSmallerThanThePhotoAndPrintsItAt800Pixels() throws Exception {
        LeadDetails lead = signedLeads.signedBy("officer1");
        byte[] photo = TestImages.grainyJpeg(3200, 2400);
        PlanLine land = signIn.as("officer1", () -> {
            PlanLine line = construction.plan(lead.id()).lines().stream()
                    .filter(l -> l.kindCode().equals("LAND"))
                    .findFirst()
                    .orElseThrow();
            return construction
                    .saveMilestone(
                            lead.id(),
                            new MilestoneDraft(
                                    line.kindId(),
                                    line.milestoneId(),
                                    line.version(),
                                    null,
                                    LocalDate.now(clock).minusDays(5),
                                    null,
                                    List.of(new NewEvidence("拿地现场.jpg", photo))))
                    .line();
        });
        long stored = signIn.as("officer1", () -> {
            try (InputStream in = construction
                    .evidenceFile(land.evidence().get(0).id(), false)
                    .content()) {
                return (long) in.readAllBytes().length;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(stored).as("the photo as the server keeps it").isGreaterThan(1_000_000);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signIn.as("leader", () -> {
            tour = tours.create(new TourCommand("测试观摩相片", LocalDate.of(2026, 12, 21)));
            tours.addStop(tour, lead.id());
            booklet.write(tour, AppLocales.CHINESE, out);
        });

        assertThat((long) out.size()).as("the whole booklet").isLessThan(stored / 5);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getAllPictures()).singleElement().satisfies((XWPFPictureData picture) -> {
                BufferedImage printed = ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertThat(printed.getWidth()).isEqualTo(EvidenceFiles.PRINT_SIZE);
                assertThat(printed.getHeight()).isEqualTo(600);
            });
        }
    }
}
