package com.chainleads.coordination.service;

import com.chainleads.tour.service.BookletSection;
import com.chainleads.tour.service.TourBookletContributor;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A project's page of a tour booklet lists its open coordination issues, overdue first, for the leaders to press. */
@Component
@Order(2)
class IssuesBookletSection implements TourBookletContributor {

    private final CoordinationService coordination;
    private final I18NProvider i18n;

    IssuesBookletSection(CoordinationService coordination, I18NProvider i18n) {
        this.coordination = coordination;
        this.i18n = i18n;
    }

    @Override
    public List<BookletSection> sectionsFor(long leadId, Locale locale) {
        List<IssueDetails> open = coordination.issuesOf(leadId).issues().stream()
                .filter(issue -> issue.status().isOpen())
                .sorted(java.util.Comparator.comparing(IssueDetails::overdue)
                        .reversed()
                        .thenComparing(IssueDetails::deadline))
                .toList();
        if (open.isEmpty()) {
            return List.of(new BookletSection(t(locale, "coordination.booklet.none"), List.of(), List.of(), List.of()));
        }
        return List.of(new BookletSection(
                t(locale, "coordination.booklet.title", open.size()),
                List.of(
                        t(locale, "coordination.field.type"),
                        t(locale, "coordination.field.description"),
                        t(locale, "coordination.field.departmentId"),
                        t(locale, "coordination.field.deadline"),
                        t(locale, "coordination.field.status")),
                open.stream()
                        .map(issue -> List.of(
                                t(locale, issue.type().translationKey()),
                                issue.description(),
                                issue.departmentName(locale),
                                issue.deadline().toString(),
                                issue.overdue()
                                        ? t(locale, "coordination.booklet.overdue", issue.daysOverdue())
                                        : t(locale, issue.status().translationKey())))
                        .toList(),
                List.of()));
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
