package com.chainleads.tour.service;

import com.chainleads.security.domain.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booklet leaders carry on a tour, as a Word document a bureau edits before printing: a cover with the route,
 * then one page per project in visiting order — its lead's facts, then what other features contribute (milestones,
 * issues, photos: {@link TourBookletContributor}). Text is set in 宋体 / SimSun so it prints in Chinese on any office
 * machine.
 */
@Service
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Transactional(readOnly = true)
public class TourBooklet {

    private static final String FONT = "SimSun";
    private static final int PHOTO_WIDTH_PX = 400;

    private final TourService tours;
    private final ObjectProvider<TourBookletContributor> contributors;
    private final I18NProvider i18n;

    TourBooklet(TourService tours, ObjectProvider<TourBookletContributor> contributors, I18NProvider i18n) {
        this.tours = tours;
        this.contributors = contributors;
        this.i18n = i18n;
    }

    public String fileName(long tourId, Locale locale) {
        TourDetail tour = tours.detail(tourId);
        return t(locale, "tour.booklet.file", tour.name(), tour.tourDate().toString());
    }

    /** Writes the booklet of a tour; returns the number of project pages. */
    public int write(long tourId, Locale locale, OutputStream out) {
        TourDetail tour = tours.detail(tourId);
        List<TourBookletContributor> extra = contributors.orderedStream().toList();
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, tour.name(), 22, ParagraphAlignment.CENTER);
            line(doc, t(locale, "tour.booklet.date", tour.tourDate().toString()), ParagraphAlignment.CENTER);
            if (!tour.members().isEmpty()) {
                line(
                        doc,
                        t(locale, "tour.booklet.members")
                                + String.join(
                                        "、",
                                        tour.members().stream()
                                                .map(m ->
                                                        m.title() == null ? m.name() : m.name() + "（" + m.title() + "）")
                                                .toList()),
                        ParagraphAlignment.LEFT);
            }
            heading(doc, t(locale, "tour.booklet.route"), 14, ParagraphAlignment.LEFT);
            table(
                    doc,
                    List.of(
                            t(locale, "tour.field.position"),
                            t(locale, "tour.field.project"),
                            t(locale, "tour.field.investor"),
                            t(locale, "tour.field.investment")),
                    tour.stops().stream()
                            .map(s -> List.of(
                                    String.valueOf(s.position()),
                                    s.projectName(),
                                    s.investorName(),
                                    wan(locale, s.totalInvestmentWan())))
                            .toList());
            for (TourDetail.Stop stop : tour.stops()) {
                doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                heading(
                        doc,
                        t(locale, "tour.booklet.stop", stop.position(), stop.projectName()),
                        16,
                        ParagraphAlignment.LEFT);
                table(
                        doc,
                        List.of(t(locale, "tour.booklet.item"), t(locale, "tour.booklet.value")),
                        List.of(
                                List.of(t(locale, "tour.field.leadNo"), stop.leadNo()),
                                List.of(t(locale, "tour.field.investor"), stop.investorName()),
                                List.of(t(locale, "tour.field.sector"), stop.sectorName(locale)),
                                List.of(t(locale, "tour.field.investment"), wan(locale, stop.totalInvestmentWan())),
                                List.of(
                                        t(locale, "tour.field.stage"),
                                        t(locale, stop.stage().translationKey())),
                                List.of(
                                        t(locale, "tour.field.owner"),
                                        stop.unitName(locale) + " · " + stop.ownerName())));
                for (TourBookletContributor contributor : extra) {
                    for (BookletSection section : contributor.sectionsFor(stop.leadId(), locale)) {
                        section(doc, section);
                    }
                }
            }
            doc.write(out);
            return tour.stops().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void section(XWPFDocument doc, BookletSection section) throws IOException {
        heading(doc, section.title(), 13, ParagraphAlignment.LEFT);
        if (!section.header().isEmpty()) {
            table(doc, section.header(), section.rows());
        }
        for (BookletSection.Image image : section.images()) {
            XWPFRun run = doc.createParagraph().createRun();
            try {
                java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new ByteArrayInputStream(image.bytes()));
                int width = PHOTO_WIDTH_PX;
                int height =
                        read == null ? PHOTO_WIDTH_PX * 3 / 4 : read.getHeight() * width / Math.max(1, read.getWidth());
                run.addPicture(
                        new ByteArrayInputStream(image.bytes()),
                        image.png() ? XWPFDocument.PICTURE_TYPE_PNG : XWPFDocument.PICTURE_TYPE_JPEG,
                        image.caption(),
                        Units.pixelToEMU(width),
                        Units.pixelToEMU(height));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            line(doc, image.caption(), ParagraphAlignment.CENTER);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setText(text);
    }

    private static void line(XWPFDocument doc, String text, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(11);
        run.setText(text);
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(10);
            run.setBold(bold);
            run.setText(cells.get(i));
        }
    }

    private String wan(Locale locale, @org.jspecify.annotations.Nullable BigDecimal amount) {
        return amount == null
                ? "—"
                : t(locale, "tour.booklet.wan", amount.stripTrailingZeros().toPlainString());
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
