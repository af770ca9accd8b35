package com.chainleads.construction.ui;

import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.Notifications;
import com.chainleads.construction.service.MilestoneKindRow;
import com.chainleads.construction.service.MilestoneKindService;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Administrators adjust the milestones of construction plans: rename, reorder, deactivate, add, and link a kind to
 * the lead stage reaching it moves to. A kind in use is deactivated, not removed; one no plan uses may be removed.
 */
@Route("admin/milestones")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 86, title = "construction.kinds.nav", icon = "vaadin:flag-checkered")
public class MilestoneKindsView extends VerticalLayout implements HasDynamicTitle {

    /** A kind's actions, drawn in the browser (no components per row). */
    static final String ACTIONS = """
            <vaadin-horizontal-layout theme="spacing-xs">
              <vaadin-button theme="tertiary-inline icon" aria-label="${item.upLabel}" @click="${up}">
                <vaadin-icon icon="vaadin:arrow-up"></vaadin-icon></vaadin-button>
              <vaadin-button theme="tertiary-inline icon" aria-label="${item.downLabel}" @click="${down}">
                <vaadin-icon icon="vaadin:arrow-down"></vaadin-icon></vaadin-button>
              <vaadin-button theme="tertiary-inline icon" aria-label="${item.editLabel}" @click="${edit}">
                <vaadin-icon icon="vaadin:edit"></vaadin-icon></vaadin-button>
              <vaadin-button theme="tertiary-inline error icon" aria-label="${item.removeLabel}" ?hidden="${item.inUse}"
                  @click="${remove}"><vaadin-icon icon="vaadin:trash"></vaadin-icon></vaadin-button>
            </vaadin-horizontal-layout>""";

    final Grid<MilestoneKindRow> kinds = new Grid<>();
    final Button add = new Button();

    @Nullable
    Dialog dialog;

    private final MilestoneKindService service;

    public MilestoneKindsView(MilestoneKindService service) {
        this.service = service;
        addClassName("cl-view");
        addClassName("cl-milestone-kinds");
        H2 title = new H2(getTranslation("construction.kinds.title"));
        Span hint = new Span(getTranslation("construction.kinds.hint"));
        hint.addClassName("cl-card-detail");
        add.setText(getTranslation("construction.kinds.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        kinds.addColumn(row -> row.nameZh()).setHeader(getTranslation("construction.kinds.nameZh"));
        Grid.Column<MilestoneKindRow> english =
                kinds.addColumn(row -> row.nameEn()).setHeader(getTranslation("construction.kinds.nameEn"));
        Grid.Column<MilestoneKindRow> stage = kinds.addColumn(row -> row.leadStage() == null
                        ? ""
                        : getTranslation(row.leadStage().translationKey()))
                .setHeader(getTranslation("construction.kinds.leadStage"));
        // on a phone the name, active and the actions fit; the form shows the rest
        NarrowScreen.hideWhenNarrow(this, english, stage);
        kinds.addColumn(row -> getTranslation(row.active() ? "construction.kinds.yes" : "construction.kinds.no"))
                .setHeader(getTranslation("construction.kinds.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        kinds.addColumn(LitRenderer.<MilestoneKindRow>of(ACTIONS)
                        .withProperty("upLabel", row -> getTranslation("construction.kinds.up"))
                        .withProperty("downLabel", row -> getTranslation("construction.kinds.down"))
                        .withProperty("editLabel", row -> getTranslation("construction.kinds.edit"))
                        .withProperty("removeLabel", row -> getTranslation("construction.kinds.remove"))
                        .withProperty("inUse", MilestoneKindRow::inUse)
                        .withFunction("up", row -> move(row, -1))
                        .withFunction("down", row -> move(row, 1))
                        .withFunction("edit", row -> open(row))
                        .withFunction("remove", row -> remove(row)))
                .setAutoWidth(true)
                .setFlexGrow(0);
        kinds.setAllRowsVisible(true);
        add(title, hint, add, kinds);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("construction.kinds.title");
    }

    private void refresh() {
        List<MilestoneKindRow> rows = service.list();
        kinds.setItems(rows);
    }

    private void move(MilestoneKindRow row, int direction) {
        try {
            kinds.setItems(service.move(row.id(), row.version(), direction));
        } catch (RuntimeException refused) {
            Notifications.error(ConstructionTexts.refusal(this, refused));
            refresh();
        }
    }

    private void remove(MilestoneKindRow row) {
        try {
            service.delete(row.id(), row.version());
            Notifications.success(getTranslation("construction.kinds.removed", row.nameZh()));
        } catch (RuntimeException refused) {
            Notifications.error(ConstructionTexts.refusal(this, refused));
        }
        refresh();
    }

    private void open(@Nullable MilestoneKindRow row) {
        MilestoneKindForm form = new MilestoneKindForm(row);
        Dialog edit = new Dialog(getTranslation(row == null ? "construction.kinds.add" : "construction.kinds.edit"));
        edit.setWidth("min(560px, 100vw)");
        edit.add(form);
        form.addCancelListener(e -> edit.close());
        form.addSaveListener(e -> {
            try {
                service.save(e.draft());
                edit.close();
                refresh();
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems());
            } catch (RuntimeException refused) {
                form.showMessage(ConstructionTexts.refusal(this, refused));
            }
        });
        dialog = edit;
        edit.open();
    }
}
