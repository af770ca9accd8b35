package com.chainleads.construction.ui;

import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.Notifications;
import com.chainleads.base.ui.chart.EChart;
import com.chainleads.construction.domain.MilestoneStatus;
import com.chainleads.construction.service.ConstructionChangeRow;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.InvestmentFigures;
import com.chainleads.construction.service.InvestmentRow;
import com.chainleads.construction.service.InvestmentService;
import com.chainleads.construction.service.MilestoneSaved;
import com.chainleads.construction.service.PlanLine;
import com.chainleads.construction.service.ProjectPlan;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lead page's 项目建设 tab: the construction plan as one card per milestone (status light, planned and actual
 * dates, who confirmed, note, evidence thumbnails), editable by whoever may edit the lead; then 完成投资 — totals,
 * share completed, the months and the cumulative curve; and the change log. Cards, not a grid, so that a phone
 * (390 px) shows every milestone whole without scrolling sideways.
 */
public class ProjectPanel extends VerticalLayout {

    final Div status = new Div();
    final Div milestones = new Div();
    final Div investmentSummary = new Div();
    final Grid<InvestmentRow> months = new Grid<>();
    final EChart curve = new EChart();
    final Button addMonth = new Button();
    final Div changes = new Div();

    @Nullable
    Dialog dialog;

    private final ConstructionService construction;
    private final InvestmentService investment;
    private final Clock clock;
    private final long leadId;
    private ProjectPlan plan;
    private InvestmentFigures figures;

    public ProjectPanel(ConstructionService construction, InvestmentService investment, ProjectPlan plan, Clock clock) {
        this.construction = construction;
        this.investment = investment;
        this.clock = clock;
        this.leadId = plan.leadId();
        this.plan = plan;
        this.figures = investment.figures(leadId);
        setPadding(false);
        addClassName("cl-project-panel");
        status.addClassName("cl-project-status");
        milestones.addClassName("cl-milestones");

        H3 investmentTitle = new H3(getTranslation("construction.investment.title"));
        investmentSummary.addClassName("cl-investment-summary");
        configureMonths();
        curve.setHeight("280px");
        curve.addClassName("cl-investment-curve");
        addMonth.setText(getTranslation("construction.investment.add"));
        addMonth.setIcon(VaadinIcon.PLUS.create());
        addMonth.addClickListener(e -> openMonth(null));
        Details log = new Details(getTranslation("construction.changes"), changes);
        log.addClassName("cl-construction-changes");
        log.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showChanges();
            }
        });
        add(status, milestones, investmentTitle, investmentSummary, addMonth, months, curve, log);
        showPlan();
        showFigures();
    }

    private void configureMonths() {
        months.addClassName("cl-investment-months");
        months.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        months.setAllRowsVisible(true);
        months.addColumn(row -> row.month().toString())
                .setHeader(getTranslation("construction.investment.month"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        months.addColumn(row -> amount(row.planned()))
                .setHeader(getTranslation("construction.investment.plannedColumn"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        months.addColumn(row -> amount(row.completed()))
                .setHeader(getTranslation("construction.investment.completedColumn"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        Grid.Column<InvestmentRow> cumulative = months.addColumn(row -> amount(row.cumulativeCompleted()))
                .setHeader(getTranslation("construction.investment.cumulative"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        NarrowScreen.hideWhenNarrow(this, cumulative);
        months.addItemClickListener(e -> {
            if (figures.canEdit()) {
                openMonth(e.getItem());
            }
        });
    }

    private void showPlan() {
        status.removeAll();
        Span light = light(plan.status().name());
        Span text = new Span(getTranslation(plan.status().translationKey()));
        text.addClassName("cl-project-status-text");
        Span hint = new Span(getTranslation("construction.statusHint", plan.severeDelayDays()));
        hint.addClassName("cl-card-detail");
        status.add(light, text, hint);
        status.getElement().setAttribute("data-status", plan.status().name());
        milestones.removeAll();
        plan.lines().forEach(line -> milestones.add(card(line)));
    }

    private Div card(PlanLine line) {
        Div card = new Div();
        card.addClassName("cl-milestone");
        card.getElement().setAttribute("data-kind", String.valueOf(line.kindId()));
        card.getElement().setAttribute("data-status", line.status().name());
        Span name = new Span(line.kind().name(getLocale()));
        name.addClassName("cl-milestone-name");
        Span state = new Span(statusText(line));
        state.addClassName("cl-milestone-status");
        Div head = new Div(light(line.status().name()), name, state);
        head.addClassName("cl-milestone-head");
        card.add(head);
        Div dates = new Div(
                labelled("construction.field.plannedOn", Formats.date(line.plannedOn())),
                labelled("construction.field.actualOn", Formats.date(line.actualOn())));
        dates.addClassName("cl-milestone-dates");
        card.add(dates);
        if (line.confirmedByName() != null) {
            Span confirmed = new Span(getTranslation(
                    "construction.confirmedBy", line.confirmedByName(), Formats.dateTime(line.confirmedAt())));
            confirmed.addClassName("cl-card-detail");
            card.add(confirmed);
        }
        if (line.note() != null) {
            Span note = new Span(line.note());
            note.addClassName("cl-milestone-note");
            card.add(note);
        }
        if (!line.evidence().isEmpty()) {
            Div files = new Div();
            files.addClassName("cl-evidence-list");
            line.evidence().forEach(file -> files.add(EvidenceLinks.link(file)));
            card.add(files);
        }
        if (plan.canEdit()) {
            Button edit = new Button(getTranslation("construction.milestone.edit"), VaadinIcon.EDIT.create());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.addClassName("cl-milestone-edit");
            edit.addClickListener(e -> openMilestone(line));
            card.add(edit);
        }
        return card;
    }

    private String statusText(PlanLine line) {
        String text = getTranslation(line.status().translationKey());
        if (line.daysLate() > 0
                && (line.status() == MilestoneStatus.DELAYED
                        || line.status() == MilestoneStatus.SEVERELY_DELAYED
                        || line.status() == MilestoneStatus.DONE_LATE)) {
            return Formats.withAside(getLocale(), text, getTranslation("construction.daysLate", line.daysLate()));
        }
        return text;
    }

    private Span labelled(String key, String value) {
        Span span = new Span(Formats.labelValue(getLocale(), getTranslation(key), value.isEmpty() ? "—" : value));
        span.addClassName("cl-milestone-date");
        return span;
    }

    private static Span light(String status) {
        Span light = new Span();
        light.addClassName("cl-light");
        light.getElement().setAttribute("data-light", status);
        light.getElement().setAttribute("aria-hidden", "true");
        return light;
    }

    private void openMilestone(PlanLine line) {
        MilestoneForm form = new MilestoneForm(line, construction.maxUploadBytes());
        Dialog edit = dialog(line.kind().name(getLocale()), form);
        form.addCancelListener(e -> edit.close());
        form.addSaveListener(e -> {
            try {
                MilestoneSaved saved = construction.saveMilestone(leadId, e.draft());
                edit.close();
                if (saved.leadMovedTo() != null) {
                    Notifications.success(getTranslation(
                            "construction.milestone.savedAndMoved",
                            getTranslation(saved.leadMovedTo().translationKey())));
                    // the lead's stage and version changed: the page shows the lead afresh
                    UI.getCurrent().getPage().reload();
                    return;
                }
                Notifications.success(getTranslation(
                        "construction.milestone.saved", line.kind().name(getLocale())));
                reload();
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems());
            } catch (RuntimeException refused) {
                form.showProblem(fieldOf(refused), ConstructionTexts.refusal(this, refused));
            }
        });
        form.addClearListener(e -> {
            if (line.milestoneId() == null) {
                edit.close();
                return;
            }
            try {
                construction.deleteMilestone(leadId, line.milestoneId(), line.version());
                edit.close();
                reload();
            } catch (RuntimeException refused) {
                form.showProblem(null, ConstructionTexts.refusal(this, refused));
            }
        });
        form.addRemoveEvidenceListener(e -> {
            try {
                construction.deleteEvidence(e.evidence().id(), e.evidence().version());
                edit.close();
                reload();
                plan.lines().stream()
                        .filter(fresh -> fresh.kindId() == line.kindId())
                        .findFirst()
                        .ifPresent(this::openMilestone);
            } catch (RuntimeException refused) {
                form.showProblem("evidence", ConstructionTexts.refusal(this, refused));
            }
        });
        edit.open();
    }

    private void openMonth(@Nullable InvestmentRow row) {
        InvestmentForm form = new InvestmentForm(row, YearMonth.now(clock));
        Dialog edit = dialog(getTranslation("construction.investment.title"), form);
        form.addCancelListener(e -> edit.close());
        form.addSaveListener(e -> {
            try {
                figures = investment.save(leadId, e.draft());
                edit.close();
                reload();
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems());
            } catch (RuntimeException refused) {
                form.showProblem(fieldOf(refused), ConstructionTexts.refusal(this, refused));
            }
        });
        form.addDeleteListener(e -> {
            if (row == null) {
                return;
            }
            try {
                figures = investment.delete(leadId, row.id(), row.version());
                edit.close();
                reload();
            } catch (RuntimeException refused) {
                form.showProblem(null, ConstructionTexts.refusal(this, refused));
            }
        });
        edit.open();
    }

    private static @Nullable String fieldOf(RuntimeException error) {
        return error instanceof com.chainleads.base.domain.BusinessRuleException rule ? rule.field() : null;
    }

    private Dialog dialog(String title, com.vaadin.flow.component.Component content) {
        Dialog edit = new Dialog(title);
        edit.addClassName("cl-construction-dialog");
        edit.setWidth("min(640px, 100vw)");
        edit.setCloseOnOutsideClick(false);
        edit.add(content);
        edit.addDialogCloseActionListener(e -> edit.close());
        dialog = edit;
        return edit;
    }

    /** Reads the plan and figures again after a change. */
    void reload() {
        plan = construction.plan(leadId);
        figures = investment.figures(leadId);
        showPlan();
        showFigures();
        if (changes.isAttached() && changes.getChildren().findAny().isPresent()) {
            showChanges();
        }
    }

    private void showFigures() {
        investmentSummary.removeAll();
        investmentSummary.add(
                summary(
                        "construction.investment.basis",
                        figures.investmentBasis() == null
                                ? getTranslation("construction.investment.noBasis")
                                : Money.format(figures.investmentBasis(), getLocale())),
                summary("construction.investment.completedTotal", Money.format(figures.completedTotal(), getLocale())),
                summary("construction.investment.share", share(figures.shareCompleted())));
        addMonth.setVisible(figures.canEdit());
        months.setItems(figures.months());
        months.setVisible(!figures.months().isEmpty());
        curve.setVisible(!figures.months().isEmpty());
        if (!figures.months().isEmpty()) {
            curve.setOption(InvestmentCurve.option(
                    figures.months(),
                    new InvestmentCurve.Labels(
                            getTranslation("construction.investment.curvePlanned"),
                            getTranslation("construction.investment.curveCompleted"))));
        }
    }

    private Div summary(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("cl-kpi-label");
        Span number = new Span(value);
        number.addClassName("cl-kpi-value");
        Div item = new Div(label, number);
        item.addClassName("cl-investment-kpi");
        return item;
    }

    private String share(@Nullable BigDecimal share) {
        if (share == null) {
            return "—";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        return percent.format(share.setScale(4, RoundingMode.HALF_UP));
    }

    private String amount(@Nullable BigDecimal wan) {
        return wan == null ? "" : Money.format(wan, getLocale());
    }

    private void showChanges() {
        changes.removeAll();
        List<ConstructionChangeRow> rows = construction.changeLog(leadId);
        if (rows.isEmpty()) {
            changes.add(new Span(getTranslation("construction.changes.none")));
            return;
        }
        ChangeText text = new ChangeText(this, plan.lines());
        for (ConstructionChangeRow row : rows) {
            Div entry = new Div(
                    new Span(Formats.dateTime(row.occurredAt()) + " · " + row.actorName()), new Span(text.of(row)));
            entry.addClassName("cl-construction-change");
            changes.add(entry);
        }
    }

    ProjectPlan plan() {
        return plan;
    }

    InvestmentFigures figures() {
        return figures;
    }
}
