package com.chainleads.chain.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.Notifications;
import com.chainleads.chain.service.ChainEditService;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.EditableChain;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administrators edit the industry chains: per sector, add, rename, move and remove links, add and remove edges.
 * The server checks every rule; refusals show at the field or as a message. The sector is in the URL
 * ({@code ?sector=BIOMEDICINE}).
 */
@Route("admin/chain")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 85, title = "chain.edit.nav", icon = "vaadin:connect-o")
public class ChainAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<SectorOption> sector = new Select<>();
    /** A link's edit and remove buttons, drawn in the browser (no components per row) as Flow draws them. */
    static final String LINK_ACTIONS = """
            <vaadin-horizontal-layout theme="spacing">
              <vaadin-button theme="tertiary-inline icon" aria-label="${item.editLabel}" @click="${edit}">
                <vaadin-icon icon="vaadin:edit"></vaadin-icon>
                <vaadin-tooltip slot="tooltip" text="${item.editLabel}"></vaadin-tooltip>
              </vaadin-button>
              <vaadin-button theme="tertiary-inline error icon" aria-label="${item.removeLabel}" @click="${remove}">
                <vaadin-icon icon="vaadin:trash"></vaadin-icon>
                <vaadin-tooltip slot="tooltip" text="${item.removeLabel}"></vaadin-tooltip>
              </vaadin-button>
            </vaadin-horizontal-layout>""";
    /** An edge's remove button. */
    static final String EDGE_ACTIONS = """
            <vaadin-button theme="tertiary-inline error icon" aria-label="${item.removeLabel}" @click="${remove}">
              <vaadin-icon icon="vaadin:trash"></vaadin-icon>
              <vaadin-tooltip slot="tooltip" text="${item.removeLabel}"></vaadin-tooltip>
            </vaadin-button>""";

    final Grid<EditableChain.Link> links = new Grid<>();
    final Grid<EditableChain.Edge> edges = new Grid<>();
    final Button addLink = new Button();
    final ComboBox<ChainLinkOption> edgeFrom = new ComboBox<>();
    final ComboBox<ChainLinkOption> edgeTo = new ComboBox<>();
    final Button addEdge = new Button();

    private final ChainEditService service;
    private final List<SectorOption> sectors;
    private @Nullable EditableChain chain;
    private boolean entering;

    public ChainAdminView(ChainEditService service, ChainReferenceService reference) {
        this.service = service;
        this.sectors = reference.sectors();
        addClassName("cl-view");
        addClassName("cl-chain-admin");
        setSizeFull();

        sector.setLabel(getTranslation("chain.edit.sector"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(getLocale()));
        sector.addValueChangeListener(e -> {
            if (!entering && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        ChainAdminView.class,
                        QueryParameters.of(
                                ChainMapView.SECTOR_PARAMETER, e.getValue().code())));
            }
        });
        addLink.setText(getTranslation("chain.edit.addLink"));
        addLink.setIcon(VaadinIcon.PLUS.create());
        addLink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addLink.addClickListener(e -> openLinkEditor(null));
        HorizontalLayout toolbar = new HorizontalLayout(sector, addLink);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        configureLinks();
        configureEdges();
        H3 linksTitle = new H3(getTranslation("chain.edit.links"));
        H3 edgesTitle = new H3(getTranslation("chain.edit.edges"));
        Span edgesHint = new Span(getTranslation("chain.edit.edgesHint"));
        edgesHint.addClassName("cl-card-detail");
        edgeFrom.setLabel(getTranslation("chain.edit.from"));
        edgeTo.setLabel(getTranslation("chain.edit.to"));
        for (ComboBox<ChainLinkOption> box : List.of(edgeFrom, edgeTo)) {
            box.setItemLabelGenerator(
                    link -> getTranslation(link.tier().translationKey()) + " · " + link.name(getLocale()));
            box.setClearButtonVisible(true);
        }
        addEdge.setText(getTranslation("chain.edit.addEdge"));
        addEdge.setIcon(VaadinIcon.ARROW_RIGHT.create());
        addEdge.addClickListener(e -> addEdge());
        HorizontalLayout edgeEditor = new HorizontalLayout(edgeFrom, edgeTo, addEdge);
        edgeEditor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        edgeEditor.setWrap(true);
        add(toolbar, linksTitle, links, edgesTitle, edgesHint, edgeEditor, edges);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ChainMapView.SECTOR_PARAMETER)
                .orElse(null);
        SectorOption chosen =
                sectors.stream().filter(s -> s.code().equals(code)).findFirst().orElse(sectors.get(0));
        entering = true;
        sector.setValue(chosen);
        entering = false;
        refresh();
    }

    private void configureLinks() {
        links.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        links.setAllRowsVisible(true);
        links.addColumn(row -> getTranslation(row.link().tier().translationKey()))
                .setHeader(getTranslation("chain.edit.tier"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        links.addColumn(row -> row.link().nameZh())
                .setHeader(getTranslation("chain.edit.nameZh"))
                .setFlexGrow(1);
        links.addColumn(row -> row.link().nameEn())
                .setHeader(getTranslation("chain.edit.nameEn"))
                .setFlexGrow(1);
        links.addColumn(row -> row.link().code())
                .setHeader(getTranslation("chain.edit.code"))
                .setAutoWidth(true);
        links.addColumn(EditableChain.Link::localEnterprises)
                .setHeader(getTranslation("chain.edit.enterprises"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        String editLabel = getTranslation("chain.edit.editLink");
        String removeLabel = getTranslation("chain.edit.removeLink");
        links.addColumn(LitRenderer.<EditableChain.Link>of(LINK_ACTIONS)
                        .withProperty("editLabel", row -> editLabel)
                        .withProperty("removeLabel", row -> removeLabel)
                        .withFunction("edit", this::openLinkEditor)
                        .withFunction("remove", this::confirmRemoveLink))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private void configureEdges() {
        edges.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        edges.setAllRowsVisible(true);
        edges.addColumn(edge -> edge.from().name(getLocale())).setHeader(getTranslation("chain.edit.from"));
        edges.addColumn(edge -> edge.to().name(getLocale())).setHeader(getTranslation("chain.edit.to"));
        String removeLabel = getTranslation("chain.edit.removeEdge");
        edges.addColumn(LitRenderer.<EditableChain.Edge>of(EDGE_ACTIONS)
                        .withProperty("removeLabel", edge -> removeLabel)
                        .withFunction("remove", this::removeEdge))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    void refresh() {
        chain = service.chain(sector.getValue().id());
        links.setItems(chain.links());
        edges.setItems(chain.edges());
        List<ChainLinkOption> options =
                chain.links().stream().map(EditableChain.Link::link).toList();
        edgeFrom.setItems(options);
        edgeTo.setItems(options);
    }

    void openLinkEditor(EditableChain.@Nullable Link row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row == null ? "chain.edit.addLink" : "chain.edit.editLink"));
        LinkForm form = new LinkForm();
        LinkForm.Data data = row == null
                ? new LinkForm.Data()
                : new LinkForm.Data(
                        row.link().nameZh(), row.link().nameEn(), row.link().tier());
        form.setLink(data);
        // the stored link the input is based on, and what the form loaded: the base of a merge
        EditableChain.Link[] basedOn = {row};
        LinkForm.Data[] loaded = {data.copy()};
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> saveLink(dialog, form, e.link(), basedOn, loaded));
        dialog.add(form);
        dialog.setWidth("min(600px, 100vw)");
        dialog.open();
    }

    private void saveLink(
            Dialog dialog,
            LinkForm form,
            LinkForm.Data link,
            EditableChain.@Nullable Link[] basedOn,
            LinkForm.Data[] loaded) {
        EditableChain.Link row = basedOn[0];
        try {
            run(
                    form,
                    () -> {
                        if (row == null) {
                            service.addLink(sector.getValue().id(), link.toCommand());
                        } else {
                            service.updateLink(row.link().id(), row.version(), link.toCommand());
                        }
                        Notifications.success(getTranslation("chain.edit.linkSaved", link.getNameZh()));
                        dialog.close();
                    },
                    true);
        } catch (OptimisticLockingFailureException conflict) {
            showLinkConflict(dialog, form, link, basedOn, loaded);
        }
    }

    /** Another administrator saved the link meanwhile: merge (see {@link MergeDialog}) and save again. */
    private void showLinkConflict(
            Dialog dialog,
            LinkForm form,
            LinkForm.Data mine,
            EditableChain.@Nullable Link[] basedOn,
            LinkForm.Data[] loaded) {
        long id = basedOn[0].link().id();
        EditableChain.Link latest = service.chain(sector.getValue().id()).links().stream()
                .filter(l -> l.link().id() == id)
                .findFirst()
                .orElse(null);
        if (latest == null) {
            Notifications.error(getTranslation("merge.gone"));
            dialog.close();
            refresh();
            return;
        }
        LinkForm.Data stored = new LinkForm.Data(
                latest.link().nameZh(), latest.link().nameEn(), latest.link().tier());
        ThreeWayMerge.Result<LinkForm.Data> merge =
                ThreeWayMerge.merge(LinkForm.Data.FIELDS, loaded[0], mine, stored, LinkForm.Data::copy);
        java.util.function.Consumer<LinkForm.Data> saveMerged = merged -> {
            basedOn[0] = latest;
            loaded[0] = stored.copy();
            form.setLink(merged);
            saveLink(dialog, form, merged, basedOn, loaded);
        };
        if (!MergeDialog.needed(merge)) {
            saveMerged.accept(merge.resolve(java.util.Map.of()));
            return;
        }
        new MergeDialog<>(
                        getTranslation("merge.intro"),
                        merge,
                        field -> getTranslation("chain.edit." + field),
                        (data, field) -> switch (field) {
                            case "nameZh" -> data.getNameZh();
                            case "nameEn" -> data.getNameEn();
                            case "tier" ->
                                data.getTier() == null
                                        ? ""
                                        : getTranslation(data.getTier().translationKey());
                            default -> "";
                        },
                        saveMerged,
                        () -> {
                            basedOn[0] = latest;
                            loaded[0] = stored.copy();
                            form.setLink(stored.copy());
                        })
                .open();
    }

    void confirmRemoveLink(EditableChain.Link row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("chain.edit.removeLink"));
        confirm.setText(getTranslation("chain.edit.removeConfirm", row.link().name(getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("chain.edit.removeLink"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> run(null, () -> {
            service.removeLink(row.link().id(), row.version());
            Notifications.success(
                    getTranslation("chain.edit.linkRemoved", row.link().name(getLocale())));
        }));
        confirm.open();
    }

    private void addEdge() {
        if (edgeFrom.getValue() == null || edgeTo.getValue() == null) {
            Notifications.error(getTranslation("chain.edit.chooseBoth"));
            return;
        }
        run(null, () -> {
            service.addEdge(edgeFrom.getValue().id(), edgeTo.getValue().id());
            Notifications.success(getTranslation(
                    "chain.edit.edgeAdded",
                    edgeFrom.getValue().name(getLocale()),
                    edgeTo.getValue().name(getLocale())));
            edgeFrom.clear();
            edgeTo.clear();
        });
    }

    void removeEdge(EditableChain.Edge edge) {
        run(null, () -> {
            service.removeEdge(edge.id());
            Notifications.success(getTranslation(
                    "chain.edit.edgeRemoved",
                    edge.from().name(getLocale()),
                    edge.to().name(getLocale())));
        });
    }

    /** Runs a change; a refusal shows at the form field it names, or as a message. Refreshes afterwards. */
    private void run(@Nullable LinkForm form, Runnable change) {
        run(form, change, false);
    }

    /** As {@link #run(LinkForm, Runnable)}; with {@code mergeable}, a stale version is left to the caller. */
    private void run(@Nullable LinkForm form, Runnable change, boolean mergeable) {
        try {
            change.run();
            refresh();
        } catch (BusinessRuleException rule) {
            String message = getTranslation(rule.messageKey(), rule.args());
            if (form == null || rule.field() == null || !form.showFieldError(rule.field(), message)) {
                if ("to".equals(rule.field()) || "from".equals(rule.field())) {
                    edgeTo.setErrorMessage(message);
                    edgeTo.setInvalid(true);
                }
                Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException conflict) {
            if (mergeable) {
                throw conflict;
            }
            Notifications.error(getTranslation(ErrorMessages.describe(conflict).key()));
            refresh();
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chain.edit.nav");
    }
}
