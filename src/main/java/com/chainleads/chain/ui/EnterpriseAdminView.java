package com.chainleads.chain.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.Notifications;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.EnterpriseFilter;
import com.chainleads.chain.service.EnterpriseRow;
import com.chainleads.chain.service.LocalEnterpriseService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The district's local enterprises (本地企业) and the chain links they work on. Administrators add, edit and
 * delete them; leaders look.
 */
@Route("admin/enterprises")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
@Menu(order = 80, title = "chain.enterprise.nav", icon = "vaadin:factory")
public class EnterpriseAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<EnterpriseRow> grid = new Grid<>(EnterpriseRow.class, false);
    final TextField search = new TextField();
    final ComboBox<SectorOption> sector = new ComboBox<>();
    final Select<CultivationTier> tier = new Select<>();
    final Button addEnterprise = new Button();

    private final LocalEnterpriseService service;
    private final List<SectorOption> sectors;
    private final List<ChainLinkOption> allLinks;
    private final boolean editable;

    public EnterpriseAdminView(
            LocalEnterpriseService service, ChainReferenceService reference, AuthenticationContext authentication) {
        this.service = service;
        this.sectors = reference.sectors();
        this.allLinks = reference.allLinks();
        this.editable = authentication.hasRole(Role.ADMIN_NAME);
        setSizeFull();
        addClassName("cl-view");

        search.setPlaceholder(getTranslation("chain.enterprise.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        sector.setPlaceholder(getTranslation("chain.enterprise.allSectors"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(getLocale()));
        sector.setClearButtonVisible(true);
        sector.addValueChangeListener(e -> refresh());
        tier.setItems(CultivationTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("chain.enterprise.allTiers"));
        tier.setItemLabelGenerator(
                t -> t == null ? getTranslation("chain.enterprise.allTiers") : getTranslation(t.translationKey()));
        tier.addValueChangeListener(e -> refresh());
        addEnterprise.setText(getTranslation("chain.enterprise.new"));
        addEnterprise.setIcon(VaadinIcon.PLUS.create());
        addEnterprise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addEnterprise.addClickListener(e -> openEditor(EnterpriseFormData.forNewEnterprise()));
        addEnterprise.setVisible(editable);
        HorizontalLayout toolbar = new HorizontalLayout(search, sector, tier, addEnterprise);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("cl-toolbar");

        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    EnterpriseFilter filter() {
        return new EnterpriseFilter(
                search.getValue(),
                sector.getValue() == null ? null : sector.getValue().id(),
                null,
                tier.getValue());
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(EnterpriseRow::name)
                .setHeader(getTranslation("chain.enterprise.name"))
                .setKey("name")
                .setSortProperty("name")
                .setWidth("16em")
                .setFlexGrow(3)
                .setResizable(true);
        var creditCode = grid.addColumn(EnterpriseRow::creditCode)
                .setHeader(getTranslation("chain.enterprise.creditCode"))
                .setKey("creditCode")
                .setWidth("13em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.cultivationTier() == null
                        ? ""
                        : getTranslation(row.cultivationTier().translationKey()))
                .setHeader(getTranslation("chain.enterprise.tier"))
                .setSortProperty("cultivationTier")
                .setWidth("9em")
                .setFlexGrow(0);
        var links = grid.addColumn(row ->
                        row.links().stream().map(link -> link.name(locale)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("chain.enterprise.links"))
                .setWidth("10em")
                .setFlexGrow(2);
        var output = grid.addColumn(row -> Money.format(row.annualOutputWan(), locale))
                .setHeader(getTranslation("chain.enterprise.output"))
                .setSortProperty("annualOutputWan")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        var jobs = grid.addColumn(row -> row.jobs() == null ? "" : String.valueOf(row.jobs()))
                .setHeader(getTranslation("chain.enterprise.jobs"))
                .setSortProperty("jobs")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        // on a phone: the name and its tier; the rest is one tap away in the form (issue 13, point 6)
        com.chainleads.base.ui.NarrowScreen.hideWhenNarrow(this, creditCode, links, output, jobs);
        grid.addItemClickListener(e -> openEditor(EnterpriseFormData.of(e.getItem(), allLinks)));
    }

    private void refresh() {
        EnterpriseFilter filter = filter();
        grid.setItems(
                query -> service.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
    }

    private void openEditor(EnterpriseFormData data) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                data.isNew() ? "chain.enterprise.new" : editable ? "chain.enterprise.edit" : "chain.enterprise.view"));
        EnterpriseForm form = new EnterpriseForm(sectors, allLinks, editable);
        form.setEnterprise(data);
        EnterpriseFormData[] loaded = {data.copy()}; // the base of a merge if someone saves meanwhile
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> save(dialog, form, e.enterprise(), loaded));
        form.addDeleteListener(e -> confirmDelete(dialog, e.enterprise()));
        dialog.add(form);
        dialog.setWidth("min(720px, 100vw)");
        dialog.open();
    }

    private void save(Dialog dialog, EnterpriseForm form, EnterpriseFormData data, EnterpriseFormData[] loaded) {
        try {
            if (data.isNew()) {
                service.create(data.toCommand());
            } else {
                service.update(data.getId(), data.getVersion(), data.toCommand());
            }
            Notifications.success(getTranslation("chain.enterprise.saved", data.getName()));
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
            showExpected(error);
        }
    }

    /** Another administrator saved the enterprise meanwhile: merge (see {@link MergeDialog}) and save again. */
    private void showConflict(
            Dialog dialog, EnterpriseForm form, EnterpriseFormData mine, EnterpriseFormData[] loaded) {
        EnterpriseFormData latest = service.find(mine.getId())
                .map(row -> EnterpriseFormData.of(row, allLinks))
                .orElse(null);
        if (latest == null) {
            Notifications.error(getTranslation("merge.gone"));
            dialog.close();
            refresh();
            return;
        }
        ThreeWayMerge.Result<EnterpriseFormData> merge =
                ThreeWayMerge.merge(EnterpriseFormData.FIELDS, loaded[0], mine, latest, EnterpriseFormData::copy);
        java.util.function.Consumer<EnterpriseFormData> saveMerged = merged -> {
            loaded[0] = latest.copy();
            form.setEnterprise(merged);
            save(dialog, form, merged, loaded);
        };
        if (!MergeDialog.needed(merge)) {
            saveMerged.accept(merge.resolve(java.util.Map.of()));
            return;
        }
        Locale locale = getLocale();
        new MergeDialog<>(
                        getTranslation("merge.intro"),
                        merge,
                        field -> getTranslation("chain.enterprise." + field),
                        (data, field) -> switch (field) {
                            case "name" -> data.getName();
                            case "creditCode" -> data.getCreditCode();
                            case "tier" ->
                                data.getCultivationTier() == null
                                        ? ""
                                        : getTranslation(
                                                data.getCultivationTier().translationKey());
                            case "output" -> Money.format(data.getAnnualOutputWan(), locale);
                            case "jobs" -> data.getJobs() == null ? "" : String.valueOf(data.getJobs());
                            case "links" ->
                                data.getLinks().stream()
                                        .map(link -> link.name(locale))
                                        .collect(Collectors.joining("、"));
                            default -> "";
                        },
                        saveMerged,
                        () -> {
                            loaded[0] = latest.copy();
                            form.setEnterprise(latest);
                        })
                .open();
    }

    private void confirmDelete(Dialog editor, EnterpriseFormData data) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("chain.enterprise.delete"));
        confirm.setText(getTranslation("chain.enterprise.deleteConfirm", data.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("chain.enterprise.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                service.delete(data.getId(), data.getVersion());
                Notifications.success(getTranslation("chain.enterprise.deleted", data.getName()));
                editor.close();
                refresh();
            } catch (RuntimeException error) {
                showExpected(error);
            }
        });
        confirm.open();
    }

    private void showExpected(RuntimeException error) {
        ErrorMessages.UserMessage message = ErrorMessages.describe(error);
        if (!message.expected()) {
            throw error;
        }
        Notifications.error(getTranslation(message.key(), message.args()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chain.enterprise.nav");
    }
}
