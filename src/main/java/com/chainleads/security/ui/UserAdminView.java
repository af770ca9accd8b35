package com.chainleads.security.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.Notifications;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserAdminService;
import com.chainleads.security.service.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators list users, create one, assign unit and role, disable, and reset a password. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 90, title = "nav.admin.users", icon = "vaadin:users")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    final TextField search = new TextField();
    final Button addUser = new Button();

    private final UserAdminService service;
    private final List<UnitOption> units;
    private List<UserRow> allUsers = List.of();

    public UserAdminView(UserAdminService service, DirectoryService directory) {
        this.service = service;
        this.units = directory.units();
        setSizeFull();
        addClassName("cl-view");

        search.setPlaceholder(getTranslation("admin.user.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applySearch());
        addUser.setText(getTranslation("admin.user.new"));
        addUser.setIcon(VaadinIcon.PLUS.create());
        addUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addUser.addClickListener(e -> openEditor(UserFormData.forNewUser()));
        HorizontalLayout toolbar = new HorizontalLayout(search, addUser);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(UserRow::username)
                .setHeader(getTranslation("admin.user.username"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserRow::displayName)
                .setHeader(getTranslation("admin.user.displayName"))
                .setSortable(true)
                .setAutoWidth(true);
        var unit = grid.addColumn(row -> row.unitName(locale))
                .setHeader(getTranslation("admin.user.unit"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.role().translationKey()))
                .setHeader(getTranslation("admin.user.role"))
                .setSortable(true)
                .setAutoWidth(true);
        String enabled = getTranslation("admin.user.enabled");
        String disabled = getTranslation("admin.user.disabled");
        grid.addColumn(LitRenderer.<UserRow>of("<span theme=\"${item.theme}\">${item.status}</span>")
                        .withProperty("theme", row -> row.enabled() ? "badge success" : "badge error")
                        .withProperty("status", row -> row.enabled() ? enabled : disabled))
                .setKey("status")
                .setHeader(getTranslation("admin.user.status"))
                .setAutoWidth(true);
        var lastLogin = grid.addColumn(row -> Formats.dateTime(row.lastLoginAt()))
                .setHeader(getTranslation("admin.user.lastLogin"))
                .setAutoWidth(true);
        // on a phone: who, their role and whether they may sign in (issue 13, point 6)
        NarrowScreen.hideWhenNarrow(this, unit, lastLogin);
        grid.addItemClickListener(e -> openEditor(UserFormData.of(e.getItem(), units)));
    }

    private void refresh() {
        allUsers = service.listUsers();
        applySearch();
    }

    private void applySearch() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(allUsers.stream()
                .filter(row -> text.isEmpty()
                        || row.username().toLowerCase(Locale.ROOT).contains(text)
                        || row.displayName().toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    private void openEditor(UserFormData data) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(data.isNew() ? "admin.user.new" : "admin.user.edit"));
        UserForm form = new UserForm(units);
        form.setUser(data);
        UserFormData[] loaded = {data.copy()}; // the base of a merge if someone saves meanwhile
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> save(dialog, form, e.user(), loaded));
        dialog.add(form);
        if (!data.isNew()) {
            allUsers.stream()
                    .filter(row -> row.id() == data.getId())
                    .findFirst()
                    .ifPresent(row -> dialog.getFooter().add(accountActions(dialog, row)));
        }
        dialog.setWidth("min(640px, 100vw)");
        dialog.open();
    }

    private HorizontalLayout accountActions(Dialog dialog, UserRow row) {
        Button toggle = new Button(getTranslation(row.enabled() ? "admin.user.disable" : "admin.user.enable"), e -> {
            service.setEnabled(row.id(), row.version(), !row.enabled());
            Notifications.success(getTranslation(
                    row.enabled() ? "admin.user.disabledDone" : "admin.user.enabledDone", row.username()));
            dialog.close();
            refresh();
        });
        toggle.addThemeVariants(row.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        Button reset = new Button(getTranslation("admin.user.resetPassword"), e -> confirmReset(dialog, row));
        return new HorizontalLayout(reset, toggle);
    }

    private void confirmReset(Dialog editor, UserRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.user.resetPassword"));
        confirm.setText(getTranslation("admin.user.resetConfirm", row.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("admin.user.resetPassword"));
        confirm.addConfirmListener(e -> {
            String temporary = service.resetPassword(row.id(), row.version());
            editor.close();
            refresh();
            ConfirmDialog shown = new ConfirmDialog();
            shown.setHeader(getTranslation("admin.user.resetDone"));
            Span password = new Span(temporary);
            password.addClassName("cl-temporary-password");
            VerticalLayout text =
                    new VerticalLayout(new Span(getTranslation("admin.user.resetShowOnce", row.username())), password);
            text.setPadding(false);
            shown.setText(text);
            shown.setConfirmText(getTranslation("action.close"));
            shown.open();
        });
        confirm.open();
    }

    private void save(Dialog dialog, UserForm form, UserFormData data, UserFormData[] loaded) {
        try {
            if (data.isNew()) {
                service.createUser(data.toCommand());
            } else {
                service.updateUser(data.getId(), data.getVersion(), data.toCommand());
            }
            Notifications.success(getTranslation("admin.user.saved", data.getUsername()));
            dialog.close();
            refresh();
        } catch (BusinessRuleException rule) {
            String message = getTranslation(rule.messageKey(), rule.args());
            if (rule.field() == null || !form.showFieldError(rule.field(), message)) {
                Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException conflict) {
            showConflict(dialog, form, data, loaded);
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    /** Another administrator saved the user meanwhile: merge (see {@link MergeDialog}) and save again. */
    private void showConflict(Dialog dialog, UserForm form, UserFormData mine, UserFormData[] loaded) {
        UserRow row = service.listUsers().stream()
                .filter(r -> r.id() == mine.getId())
                .findFirst()
                .orElse(null);
        if (row == null) {
            Notifications.error(getTranslation("merge.gone"));
            dialog.close();
            refresh();
            return;
        }
        UserFormData latest = UserFormData.of(row, units);
        ThreeWayMerge.Result<UserFormData> merge =
                ThreeWayMerge.merge(UserFormData.FIELDS, loaded[0], mine, latest, UserFormData::copy);
        java.util.function.Consumer<UserFormData> saveMerged = merged -> {
            loaded[0] = latest.copy();
            form.setUser(merged);
            save(dialog, form, merged, loaded);
        };
        if (!MergeDialog.needed(merge)) { // e.g. a sign-in moved the version
            saveMerged.accept(merge.resolve(java.util.Map.of()));
            return;
        }
        new MergeDialog<>(
                        getTranslation("merge.intro"),
                        merge,
                        field -> getTranslation("admin.user." + field),
                        this::describe,
                        saveMerged,
                        () -> {
                            loaded[0] = latest.copy();
                            form.setUser(latest);
                        })
                .open();
    }

    private String describe(UserFormData user, String field) {
        return switch (field) {
            case "displayName" -> user.getDisplayName();
            case "role" ->
                user.getRole() == null ? "" : getTranslation(user.getRole().translationKey());
            case "unit" -> user.getUnit() == null ? "" : user.getUnit().name(getLocale());
            default -> "";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users");
    }
}
