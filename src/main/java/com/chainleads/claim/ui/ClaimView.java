package com.chainleads.claim.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.Notifications;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.domain.Protection;
import com.chainleads.claim.domain.ProtectionState;
import com.chainleads.claim.service.ClaimDetails;
import com.chainleads.claim.service.ClaimRow;
import com.chainleads.claim.service.ClaimService;
import com.chainleads.claim.service.ShareRow;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One 撞单 claim for a leader: who claims what and why, both leads side by side (leaders see all leads), the
 * first report's protection today, and the ruling form — or, once ruled, the ruling.
 */
@Route("rulings/:claimId(\\d+)")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class ClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div summary = new Div();
    final Div leads = new Div();
    final Div ruling = new Div();

    @Nullable
    RulingForm form;

    private final transient ClaimService claims;
    private @Nullable ClaimDetails details;

    public ClaimView(ClaimService claims) {
        this.claims = claims;
        addClassName("cl-view");
        addClassName("cl-claim-view");
        Button back = new Button(
                getTranslation("practice.claim.back"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(RulingQueueView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        title.addClassName("cl-lead-title");
        summary.addClassName("cl-claim-summary");
        leads.addClassName("cl-claim-leads");
        ruling.addClassName("cl-claim-ruling");
        add(back, title, summary, leads, ruling);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(claims.load(
                    Long.parseLong(event.getRouteParameters().get("claimId").orElse(""))));
        } catch (RecordNotFoundException | NumberFormatException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ClaimDetails claim) {
        details = claim;
        Locale locale = getLocale();
        ClaimRow row = claim.claim();
        title.setText(getTranslation("practice.claim.title", row.investorName()));
        summary.removeAll();
        Div badges = new Div(ClaimLabels.statusBadge(this, row.status(), row.outcome()));
        badges.addClassName("cl-claim-badges");
        summary.add(
                badges,
                line(getTranslation(
                        "practice.claim.filedBy",
                        row.claimantUnit(locale),
                        row.filedByName(),
                        Formats.dateTime(row.filedAt()))),
                line(getTranslation(
                        "practice.claim.match",
                        getTranslation(claim.matchReason().translationKey()))),
                line(getTranslation("practice.claim.reason", claim.reason())));

        leads.removeAll();
        leads.add(
                leadCard("practice.claim.firstLead", claim.firstLead(), claim.protection()),
                leadCard("practice.claim.claimLead", claim.claimLead(), null));

        ruling.removeAll();
        form = null;
        if (row.status() == ClaimStatus.PENDING) {
            RulingForm rulingForm = new RulingForm(row.firstUnit(locale), row.claimantUnit(locale));
            rulingForm.addRuleListener(e -> rule(e.ruling()));
            form = rulingForm;
            ruling.add(rulingForm);
        } else {
            ruling.add(rulingSummary(claim));
        }
    }

    private void rule(com.chainleads.claim.service.Ruling request) {
        ClaimDetails current = Objects.requireNonNull(details);
        try {
            ClaimDetails ruled =
                    claims.rule(current.claim().id(), current.claim().version(), request);
            Notifications.success(getTranslation(
                    "practice.ruling.done",
                    getTranslation(
                            Objects.requireNonNull(ruled.claim().outcome()).translationKey())));
            show(ruled);
        } catch (ValidationException invalid) {
            var unplaced = Objects.requireNonNull(form).showProblems(invalid.problems());
            if (!unplaced.isEmpty()) {
                Notifications.error(unplaced.stream().map(this::message).collect(Collectors.joining("；")));
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("error.concurrentEdit"));
            show(claims.load(current.claim().id()));
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
            show(claims.load(current.claim().id()));
        }
    }

    private String message(FieldProblem problem) {
        return getTranslation(problem.messageKey(), problem.args());
    }

    /** One of the two leads, in full (a leader may see every lead). */
    private Div leadCard(String headingKey, LeadDetails lead, @Nullable Protection protection) {
        Locale locale = getLocale();
        H3 heading = new H3(getTranslation(headingKey));
        Anchor number = new Anchor("leads/" + lead.id(), lead.leadNo());
        number.addClassName("cl-claim-lead-no");
        Div card = new Div(
                heading,
                number,
                line(lead.draft().getProjectName()),
                line(lead.draft().getInvestorName()
                        + (lead.draft().getCreditCode().isBlank()
                                ? ""
                                : " · " + lead.draft().getCreditCode())),
                line(lead.unitName(locale) + " · " + lead.ownerName()),
                line(getTranslation(
                        "practice.claim.leadStage",
                        getTranslation(lead.stage().translationKey()),
                        Formats.date(lead.stageEnteredOn()))),
                line(getTranslation(
                        "practice.claim.leadReported",
                        lead.firstReporterName(),
                        Formats.dateTime(lead.firstReportedAt()))),
                line(
                        lead.lastFollowUpOn() == null
                                ? getTranslation("practice.claim.noFollowUp")
                                : getTranslation("practice.claim.lastFollowUp", Formats.date(lead.lastFollowUpOn()))),
                line(getTranslation(
                        "practice.claim.investment",
                        lead.draft().getTotalInvestment() == null
                                ? "—"
                                : Money.format(lead.draft().getTotalInvestment(), locale))));
        if (protection != null) {
            Div protectionLine = new Div(
                    ClaimLabels.protectionBadge(this, protection.state()),
                    new Span(getTranslation(
                            protection.state() == ProtectionState.OVERDUE
                                    ? "practice.claim.lastActivity"
                                    : "practice.claim.protectedThrough",
                            Formats.date(
                                    protection.state() == ProtectionState.OVERDUE
                                            ? protection.lastActivityOn()
                                            : protection.protectedThrough()))));
            protectionLine.addClassName("cl-claim-protection");
            card.add(protectionLine);
        }
        card.addClassName("cl-claim-lead");
        return card;
    }

    private Div rulingSummary(ClaimDetails claim) {
        ClaimRow row = claim.claim();
        Locale locale = getLocale();
        H3 heading = new H3(getTranslation("practice.ruling.result"));
        heading.addClassName("cl-form-section-title");
        Div box = new Div(heading);
        ClaimOutcome outcome = Objects.requireNonNull(row.outcome());
        box.add(line(getTranslation(
                "practice.outcome.sentence." + outcome.name(),
                row.firstUnit(locale),
                row.claimantUnit(locale),
                Objects.requireNonNullElse(row.claimantPercent(), 0))));
        if (row.automatic()) {
            box.add(line(getTranslation("practice.claim.automatic")));
        } else {
            box.add(
                    line(getTranslation("practice.claim.ruledBy", row.ruledByName(), Formats.dateTime(row.ruledAt()))),
                    line(getTranslation("practice.claim.rulingReason", claim.rulingReason())));
        }
        for (ShareRow share : claim.shares()) {
            box.add(line(getTranslation(
                    "practice.claim.share",
                    share.unit(locale),
                    Objects.requireNonNullElse(share.officerName(), "—"),
                    share.percent())));
        }
        return box;
    }

    private static Div line(String text) {
        Div line = new Div();
        line.setText(text);
        line.addClassName("cl-claim-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("practice.rulings.title")
                : getTranslation("practice.claim.title", details.claim().investorName());
    }
}
