package com.chainleads.tour.ui;

import com.chainleads.tour.service.TourDetail;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One member's score sheet: for each project on the route, a score per criterion (0–100, one decimal), checked as
 * typed; the service checks again. Fires {@link SaveEvent} with every cell (blank = not scored).
 */
class ScoreSheet extends VerticalLayout {

    final Select<TourDetail.Member> member = new Select<>();
    final Button save = new Button();
    /** stop id → criterion id → field. */
    final Map<Long, Map<Long, BigDecimalField>> cells = new LinkedHashMap<>();

    private final Div rows = new Div();
    private @Nullable TourDetail tour;
    private Function<Long, Map<Long, Map<Long, BigDecimal>>> sheetOf = id -> Map.of();

    ScoreSheet() {
        setPadding(false);
        member.setLabel(getTranslation("tour.scores.member"));
        member.setItemLabelGenerator(m -> m.title() == null ? m.name() : m.name() + "（" + m.title() + "）");
        member.setPlaceholder(getTranslation("tour.scores.chooseMember"));
        save.setText(getTranslation("tour.scores.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> {
            TourDetail.Member chosen = member.getValue();
            if (chosen == null
                    || cells.values().stream().flatMap(m -> m.values().stream()).anyMatch(f -> f.isInvalid())) {
                return;
            }
            Map<Long, Map<Long, @Nullable BigDecimal>> sheet = new HashMap<>();
            cells.forEach((stop, row) -> row.forEach((criterion, field) ->
                    sheet.computeIfAbsent(stop, k -> new HashMap<>()).put(criterion, field.getValue())));
            fireEvent(new SaveEvent(this, chosen, sheet));
        });
        Paragraph help = new Paragraph(getTranslation("tour.scores.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        member.addValueChangeListener(e -> {
            if (tour != null) {
                fill(
                        tour,
                        e.getValue() == null
                                ? Map.of()
                                : sheetOf.apply(e.getValue().id()));
            }
        });
        add(member, help, rows, save);
    }

    /** Shows the route and criteria with the chosen member's stored scores. */
    void show(TourDetail shown, Function<Long, Map<Long, Map<Long, BigDecimal>>> storedSheet) {
        TourDetail.Member chosen = member.getValue();
        this.tour = null; // no refill while the items change
        this.sheetOf = storedSheet;
        member.setItems(shown.members());
        if (chosen != null) {
            shown.members().stream()
                    .filter(m -> m.id() == chosen.id())
                    .findFirst()
                    .ifPresent(member::setValue);
        }
        this.tour = shown;
        fill(
                shown,
                member.getValue() == null
                        ? Map.of()
                        : storedSheet.apply(member.getValue().id()));
    }

    private void fill(TourDetail tour, Map<Long, Map<Long, BigDecimal>> stored) {
        rows.removeAll();
        cells.clear();
        boolean enabled = member.getValue() != null;
        for (TourDetail.Stop stop : tour.stops()) {
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(
                    new FormLayout.ResponsiveStep("0", 2),
                    new FormLayout.ResponsiveStep(
                            "700px", Math.max(1, tour.criteria().size())));
            Map<Long, BigDecimalField> row = new LinkedHashMap<>();
            for (TourDetail.Criterion criterion : tour.criteria()) {
                BigDecimalField field = new BigDecimalField(
                        getTranslation("tour.criterion.weight", criterion.name(getLocale()), criterion.weight()));
                field.setValue(stored.getOrDefault(stop.stopId(), Map.of()).get(criterion.id()));
                field.setEnabled(enabled);
                field.addValueChangeListener(e -> check(field));
                field.getElement().setAttribute("data-stop", String.valueOf(stop.stopId()));
                field.getElement().setAttribute("data-criterion", criterion.code());
                row.put(criterion.id(), field);
                form.add(field);
            }
            cells.put(stop.stopId(), row);
            rows.add(new H4(stop.position() + ". " + stop.projectName()), form);
        }
        save.setEnabled(enabled && !tour.stops().isEmpty());
    }

    private void check(BigDecimalField field) {
        BigDecimal value = field.getValue();
        boolean bad = value != null
                && (value.signum() < 0
                        || value.compareTo(new BigDecimal("100")) > 0
                        || value.stripTrailingZeros().scale() > 1);
        field.setInvalid(bad);
        field.setErrorMessage(bad ? getTranslation("tour.error.score", field.getLabel()) : null);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ScoreSheet> {
        private final TourDetail.Member member;
        private final Map<Long, Map<Long, @Nullable BigDecimal>> sheet;

        SaveEvent(ScoreSheet source, TourDetail.Member member, Map<Long, Map<Long, @Nullable BigDecimal>> sheet) {
            super(source, false);
            this.member = member;
            this.sheet = sheet;
        }

        TourDetail.Member member() {
            return member;
        }

        Map<Long, Map<Long, @Nullable BigDecimal>> sheet() {
            return sheet;
        }
    }
}
