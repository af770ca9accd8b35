package com.chainleads.claim.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.service.LeadClaimRow;
import com.chainleads.claim.service.ShareRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The 撞单 tab of a lead's page: each claim the lead is party to, with the ruling, who made it and why. The other
 * lead shows masked — unit, first-report day and stage — unless the user may see it.
 */
class LeadClaimsPanel extends VerticalLayout {

    LeadClaimsPanel(List<LeadClaimRow> rows) {
        setPadding(false);
        addClassName("cl-lead-claims");
        for (LeadClaimRow row : rows) {
            add(card(row));
        }
    }

    private Div card(LeadClaimRow row) {
        Locale locale = getLocale();
        Span heading = new Span(
                row.claimant()
                        ? getTranslation("practice.leadTab.claimant", row.firstUnit(locale))
                        : getTranslation("practice.leadTab.claimed", row.claimantUnit(locale)));
        heading.addClassName("cl-claim-investor");
        Div badges = new Div(ClaimLabels.statusBadge(this, row.status(), row.outcome()));
        badges.addClassName("cl-claim-badges");
        Div card = new Div(heading, badges);
        card.add(line(
                row.filedByName() == null
                        ? getTranslation(
                                "practice.leadTab.filedByUnit",
                                row.claimantUnit(locale),
                                Formats.dateTime(row.filedAt()))
                        : getTranslation(
                                "practice.leadTab.filedBy",
                                row.claimantUnit(locale),
                                row.filedByName(),
                                Formats.dateTime(row.filedAt()))));
        card.add(line(getTranslation("practice.claim.reason", row.reason())));

        String other = getTranslation(
                row.claimant() ? "practice.leadTab.otherFirst" : "practice.leadTab.otherClaim",
                row.otherUnit(locale),
                Formats.date(row.otherFirstReportedOn()),
                getTranslation(row.otherStage().translationKey()));
        Div otherLine = line(other);
        if (row.otherLeadId() != null) {
            otherLine.add(
                    new Span(" · "),
                    new Anchor("leads/" + row.otherLeadId(), Objects.requireNonNull(row.otherLeadNo())));
        }
        card.add(otherLine);

        if (row.status() == ClaimStatus.RULED) {
            ClaimOutcome outcome = Objects.requireNonNull(row.outcome());
            card.add(line(getTranslation(
                    "practice.outcome.sentence." + outcome.name(),
                    row.firstUnit(locale),
                    row.claimantUnit(locale),
                    Objects.requireNonNullElse(row.claimantPercent(), 0))));
            if (row.grantedBecause() != null) {
                card.add(line(getTranslation(
                        "practice.leadTab.granted",
                        getTranslation(row.grantedBecause().translationKey()))));
            } else {
                card.add(line(
                        getTranslation("practice.claim.ruledBy", row.ruledByName(), Formats.dateTime(row.ruledAt()))));
                card.add(line(getTranslation("practice.claim.rulingReason", row.rulingReason())));
            }
            for (ShareRow share : row.shares()) {
                card.add(line(
                        share.officerName() == null
                                ? getTranslation("practice.claim.shareUnit", share.unit(locale), share.percent())
                                : getTranslation(
                                        "practice.claim.share",
                                        share.unit(locale),
                                        share.officerName(),
                                        share.percent())));
            }
        } else {
            card.add(line(getTranslation("practice.leadTab.waiting")));
        }
        if (row.canRule()) {
            card.add(new Anchor("rulings/" + row.claimId(), getTranslation("practice.leadTab.rule")));
        }
        card.addClassName("cl-claim-row");
        card.getElement().setAttribute("data-claim", Long.toString(row.claimId()));
        return card;
    }

    private static Div line(String text) {
        Div line = new Div();
        line.setText(text);
        line.addClassName("cl-claim-line");
        return line;
    }
}
