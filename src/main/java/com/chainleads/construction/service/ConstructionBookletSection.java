package com.chainleads.construction.service;

import com.chainleads.construction.evidence.EvidenceFiles;
import com.chainleads.tour.service.BookletSection;
import com.chainleads.tour.service.TourBookletContributor;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A project's page of a tour booklet gets its construction plan — each milestone planned vs actual with its status —
 * and the {@value #PHOTOS} latest photos of its evidence, as the leaders check them on site, each at most {@value
 * EvidenceFiles#PRINT_SIZE} px on its long side.
 */
@Component
@Order(1)
class ConstructionBookletSection implements TourBookletContributor {

    static final int PHOTOS = 2;

    private final ConstructionService construction;
    private final I18NProvider i18n;

    ConstructionBookletSection(ConstructionService construction, I18NProvider i18n) {
        this.construction = construction;
        this.i18n = i18n;
    }

    @Override
    public List<BookletSection> sectionsFor(long leadId, Locale locale) {
        ProjectPlan plan = construction.plan(leadId);
        List<List<String>> rows = plan.lines().stream()
                .filter(line -> line.kindActive() || line.actualOn() != null)
                .map(line -> List.of(
                        line.kind().name(locale),
                        date(line.plannedOn()),
                        date(line.actualOn()),
                        t(locale, line.status().translationKey())))
                .toList();
        List<BookletSection.Image> photos = new ArrayList<>();
        plan.lines().stream()
                .flatMap(line -> line.evidence().stream().map(file -> new Photo(line, file)))
                .filter(photo -> photo.file().isImage())
                .sorted(Comparator.comparing((Photo photo) -> photo.file().uploadedAt())
                        .reversed())
                .limit(PHOTOS)
                .forEach(photo -> photos.add(image(photo, locale)));
        return List.of(new BookletSection(
                t(locale, "construction.booklet.title", t(locale, plan.status().translationKey())),
                List.of(
                        t(locale, "construction.booklet.milestone"),
                        t(locale, "construction.field.plannedOn"),
                        t(locale, "construction.field.actualOn"),
                        t(locale, "construction.booklet.status")),
                rows,
                photos));
    }

    private BookletSection.Image image(Photo photo, Locale locale) {
        EvidenceFile file = construction.evidenceFile(photo.file().id(), false);
        try (InputStream in = file.content()) {
            // a print-sized copy, not the photo as taken: thirty projects' photos keep the booklet a few MB
            return new BookletSection.Image(
                    EvidenceFiles.printCopy(in),
                    false,
                    photo.line().kind().name(locale) + " · " + photo.file().fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "—" : day.toString();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private record Photo(PlanLine line, EvidenceRow file) {}
}
