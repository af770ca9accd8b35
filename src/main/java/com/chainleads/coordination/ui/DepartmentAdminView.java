package com.chainleads.coordination.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Notifications;
import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.coordination.service.DepartmentService;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/**
 * The responsible departments (责任单位) at {@code /admin/departments}: administrators add, rename, deactivate and
 * activate them again. Departments are never deleted; a deactivated one stays on its issues.
 */
@Route("admin/departments")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 87, title = "coordination.department.nav", icon = "vaadin:institution")
public class DepartmentAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DepartmentRow> grid = new Grid<>(DepartmentRow.class, false);
    final Button add = new Button();
    final Button rename = new Button();
    final Button toggle = new Button();

    private final DepartmentService departments;
    Dialog dialog;

    public DepartmentAdminView(DepartmentService departments) {
        this.departments = departments;
        setSizeFull();
        addClassName("cl-view");
        add.setText(getTranslation("coordination.department.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openForm(null));
        rename.setText(getTranslation("coordination.department.rename"));
        rename.addClickListener(
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openForm));
        toggle.addClickListener(
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::toggle));
        FlexLayout actions = new FlexLayout(add, rename, toggle);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(DepartmentRow::nameZh)
                .setHeader(getTranslation("coordination.department.nameZh"))
                .setKey("nameZh")
                .setFlexGrow(2);
        grid.addColumn(DepartmentRow::nameEn)
                .setHeader(getTranslation("coordination.department.nameEn"))
                .setKey("nameEn")
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation(
                        row.active() ? "coordination.department.active" : "coordination.department.inactive"))
                .setHeader(getTranslation("coordination.department.state"))
                .setKey("state")
                .setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.used() ? getTranslation("coordination.department.used") : "")
                .setHeader(getTranslation("coordination.department.usedHeader"))
                .setKey("used")
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addSelectionListener(e -> updateButtons());
        add(new Paragraph(getTranslation("coordination.department.intro")), actions, grid);
        reload();
    }

    private void reload() {
        grid.setItems(departments.all());
        updateButtons();
    }

    private void updateButtons() {
        DepartmentRow selected = grid.getSelectedItems().stream().findFirst().orElse(null);
        rename.setEnabled(selected != null);
        toggle.setEnabled(selected != null);
        toggle.setText(getTranslation(
                selected != null && !selected.active()
                        ? "coordination.department.activate"
                        : "coordination.department.deactivate"));
    }

    private void openForm(DepartmentRow existing) {
        DepartmentForm form = new DepartmentForm(existing == null);
        if (existing != null) {
            form.setValues(existing.code(), existing.nameZh(), existing.nameEn());
        }
        Dialog opened = new Dialog(form);
        opened.setHeaderTitle(
                getTranslation(existing == null ? "coordination.department.add" : "coordination.department.rename"));
        opened.setWidth("min(30em, 100vw)");
        form.addCancelListener(e -> opened.close());
        form.addSaveListener(e -> {
            try {
                if (existing == null) {
                    departments.add(e.command());
                } else {
                    departments.rename(existing.id(), existing.version(), e.command());
                }
                opened.close();
                Notifications.success(getTranslation("coordination.saved"));
                reload();
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems())
                        .forEach(p -> Notifications.error(getTranslation(p.messageKey(), p.args())));
            } catch (RuntimeException error) {
                showError(error);
            }
        });
        opened.open();
        dialog = opened;
    }

    private void toggle(DepartmentRow row) {
        run(() -> departments.setActive(row.id(), row.version(), !row.active()));
    }

    private void run(Supplier<DepartmentRow> change) {
        try {
            change.get();
            Notifications.success(getTranslation("coordination.saved"));
        } catch (RuntimeException error) {
            showError(error);
        }
        reload();
    }

    private void showError(RuntimeException error) {
        ErrorMessages.UserMessage message = ErrorMessages.describe(error);
        if (!message.expected()) {
            throw error;
        }
        Notifications.error(getTranslation(message.key(), message.args()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordination.department.nav");
    }
}
