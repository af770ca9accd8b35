package com.chainleads.lead.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.Notifications;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadActivity;
import com.chainleads.lead.service.LeadConflictException;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadDraftFields;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The lead's page, {@code /leads/new} and {@code /leads/{id}}: the form, the stage, follow-ups, stage history,
 * change log and leaders' comments. Guards against leaving with unsaved changes. A lead the user may not see
 * answers as not found. {@code ?tab=<key>} opens it on one of its tabs ({@link LeadPageTab}); a tab it does not know
 * or does not show for this lead opens the details.
 *
 * <p>Size: the page's flows — new, edit with a merge on conflict, stage change, handover, delete — each short,
 * sharing the loaded lead and its version; the tabs and dialogs are classes of their own.
 */
@Route("leads/:leadId(new|\\d+)")
// the investment-promotion staff; the 科技科 (TECH_OFFICE) keeps the enterprise library, not the register
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class LeadView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div meta = new Div();
    final Button changeStage = new Button();
    final Button handOver = new Button();
    final Button delete = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    final TabSheet tabs = new TabSheet();
    final LeadForm form;
    final Paragraph hint = new Paragraph();

    private final transient LeadService leads;
    private final transient LeadActivity activity;
    private final transient Clock clock;
    private final List<SectorOption> sectors;
    private final List<ChainLinkOption> chainLinks;
    private final List<UnitOption> units;
    private final List<UserOption> leaders;
    private final transient ObjectProvider<LeadTabContributor> tabContributors;
    private LeadDetails details;
    /** What the form was last loaded with: the base of a three-way merge when someone else saves meanwhile. */
    private LeadDraft loaded = new LeadDraft();

    private Tab followUpsTab;
    private Tab commentsTab;
    /** The tabs shown for the current lead, by what a link calls them. */
    private final Map<LeadPageTab, Tab> tabsByKey = new EnumMap<>(LeadPageTab.class);

    private boolean leaveConfirmed;

    public LeadView(
            LeadService leads,
            LeadActivity activity,
            ChainReferenceService chains,
            DirectoryService directory,
            Clock clock,
            ObjectProvider<LeadTabContributor> tabContributors) {
        this.leads = leads;
        this.activity = activity;
        this.clock = clock;
        this.tabContributors = tabContributors;
        this.sectors = chains.sectors();
        this.chainLinks = chains.allLinks();
        this.units = directory.units();
        this.leaders = leads.possibleLeaders();
        addClassName("cl-view");
        addClassName("cl-lead-view");
        form = new LeadForm(sectors, chainLinks, units, leaders, leads::possibleOwners);
        form.addSaveListener(e -> save(e.draft(), details == null ? null : details.version()));
        form.setConflictSource((name, code, unitId) ->
                leads.investorConflicts(name, code, unitId, details == null ? null : details.id()));

        Button back = new Button(
                getTranslation("lead.page.back"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changeStage.setText(getTranslation("lead.page.changeStage"));
        changeStage.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        changeStage.addClickListener(e -> openStageDialog());
        handOver.setText(getTranslation("lead.page.handOver"));
        handOver.setIcon(VaadinIcon.EXCHANGE.create());
        handOver.addClickListener(e -> openHandoverDialog());
        delete.setText(getTranslation("lead.page.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        Div actions = new Div(changeStage, handOver, delete);
        actions.addClassName("cl-lead-actions");
        title.addClassName("cl-lead-title");
        meta.addClassName("cl-lead-meta");
        Div header = new Div(back, title, meta, actions);
        header.addClassName("cl-lead-header");

        save.setText(getTranslation("lead.page.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> form.save());
        save.addClickShortcut(com.vaadin.flow.component.Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        cancel.setText(getTranslation("lead.page.cancel"));
        cancel.addClickListener(e -> cancelEdits());
        hint.setText(getTranslation("lead.page.requiredHint"));
        hint.addClassName("cl-form-hint");
        Div saveBar = new Div(save, cancel, hint);
        saveBar.addClassName("cl-save-bar");
        VerticalLayout detailsTab = new VerticalLayout(form, saveBar);
        detailsTab.setPadding(false);
        tabsByKey.put(LeadPageTab.DETAILS, tabs.add(getTranslation("lead.page.tab.details"), detailsTab));
        tabs.setWidthFull();
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("leadId").orElse("new");
        if ("new".equals(id)) {
            if (!leads.canCreate()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            showNew();
            return;
        }
        try {
            show(leads.load(Long.parseLong(id)));
        } catch (RecordNotFoundException | NumberFormatException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        LeadPageTab wanted = LeadPageTab.ofKey(event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter(LeadPageTab.PARAMETER)
                        .orElse(null))
                .orElse(LeadPageTab.DETAILS);
        tabs.setSelectedTab(tabsByKey.getOrDefault(wanted, tabsByKey.get(LeadPageTab.DETAILS)));
    }

    /** Opens a lead's page on one of its tabs. */
    public static void open(long leadId, LeadPageTab tab) {
        UI.getCurrent()
                .navigate(
                        LeadView.class,
                        new RouteParameters("leadId", String.valueOf(leadId)),
                        tab == LeadPageTab.DETAILS
                                ? QueryParameters.empty()
                                : QueryParameters.of(LeadPageTab.PARAMETER, tab.key()));
    }

    /** Which tab is open, as a link would name it. */
    LeadPageTab selectedTab() {
        Tab selected = tabs.getSelectedTab();
        return tabsByKey.entrySet().stream()
                .filter(entry -> entry.getValue() == selected)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(LeadPageTab.DETAILS);
    }

    private void showNew() {
        details = null;
        title.setText(getTranslation("lead.page.newTitle"));
        meta.removeAll();
        changeStage.setVisible(false);
        handOver.setVisible(false);
        delete.setVisible(false);
        LeadDraft draft = leads.newDraft();
        loaded = draft.copy();
        form.setLead(draft, LeadStage.REGISTERED, true, true);
        form.setCreateMode(true);
        save.setVisible(true);
        cancel.setVisible(true);
    }

    private void show(LeadDetails lead) {
        showHeader(lead);
        var permissions = lead.permissions();
        save.setVisible(permissions.canEdit());
        cancel.setVisible(permissions.canEdit());
        hint.setText(getTranslation(permissions.canEdit() ? "lead.page.requiredHint" : "lead.page.readOnly"));
        form.setCreateMode(false);
        loaded = lead.draft().copy(); // the form writes into the draft it shows
        form.setLead(lead.draft(), lead.stage(), false, permissions.canEdit());
        rebuildTabs(lead);
    }

    private void showHeader(LeadDetails lead) {
        details = lead;
        title.setText(
                getTranslation("lead.page.title", lead.leadNo(), lead.draft().getProjectName()));
        meta.removeAll();
        meta.add(
                LeadLabels.stageBadge(this, lead.stage()),
                new Span(getTranslation("lead.field.stageEnteredOn") + " " + Formats.date(lead.stageEnteredOn())),
                new Span(getTranslation(
                        "lead.page.firstReported", lead.firstReporterName(), Formats.dateTime(lead.firstReportedAt()))),
                new Span(lead.ownerName() + " · " + lead.unitName(getLocale())));
        if (lead.nextFollowUpOn() != null) {
            meta.add(new Span(getTranslation("lead.field.nextFollowUpOn") + " " + Formats.date(lead.nextFollowUpOn())));
        }
        if (lead.updatedByName() != null) {
            meta.add(new Span(
                    getTranslation("lead.page.lastChanged", lead.updatedByName(), Formats.dateTime(lead.updatedAt()))));
        }
        var permissions = lead.permissions();
        changeStage.setVisible(permissions.canChangeStage());
        handOver.setVisible(permissions.canHandOver());
        delete.setVisible(permissions.canDelete());
    }

    private void rebuildTabs(LeadDetails lead) {
        while (tabs.getTabCount() > 1) {
            tabs.remove(tabs.getTabAt(1));
        }
        tabsByKey.keySet().retainAll(java.util.Set.of(LeadPageTab.DETAILS));
        long id = lead.id();
        followUpsTab = tabs.add(
                getTranslation("lead.page.tab.followUps", activity.followUps(id).size()),
                new FollowUpsPanel(activity, id, lead.permissions().canFollowUp(), clock, this::reloadHeader));
        tabsByKey.put(LeadPageTab.FOLLOW_UPS, followUpsTab);
        tabsByKey.put(
                LeadPageTab.HISTORY, tabs.add(getTranslation("lead.page.tab.history"), new HistoryPanel(activity, id)));
        tabsByKey.put(
                LeadPageTab.CHANGES,
                tabs.add(getTranslation("lead.page.tab.changes"), new ChangeLogPanel(activity, id)));
        commentsTab = tabs.add(
                getTranslation("lead.page.tab.comments", activity.comments(id).size()),
                new CommentsPanel(activity, id, lead.permissions().canComment(), this::reloadHeader));
        tabsByKey.put(LeadPageTab.COMMENTS, commentsTab);
        tabContributors
                .orderedStream()
                .forEach(contributor -> contributor.tabFor(lead).ifPresent(contributed -> {
                    Tab tab = tabs.add(contributed.label(), contributed.content());
                    tabsByKey.putIfAbsent(contributed.tab(), tab);
                    if (contributed.attention()) {
                        tab.addClassName("cl-tab-attention");
                    }
                }));
    }

    /** After a follow-up or comment: the lead's dates and the tab counts change, the form input stays. */
    private void reloadHeader() {
        if (details == null) {
            return;
        }
        // follow-ups and comments do not change the lead's version, so the form and its input stay as they are
        LeadDetails fresh = leads.load(details.id());
        long id = fresh.id();
        followUpsTab.setLabel(
                getTranslation("lead.page.tab.followUps", activity.followUps(id).size()));
        commentsTab.setLabel(
                getTranslation("lead.page.tab.comments", activity.comments(id).size()));
        showHeader(fresh);
    }

    private void save(LeadDraft draft, Long version) {
        try {
            if (version == null) {
                LeadDetails created = leads.create(draft);
                Notifications.success(getTranslation("lead.page.created", created.leadNo()));
                leaveConfirmed = true;
                UI.getCurrent().navigate("leads/" + created.id());
            } else {
                LeadDetails saved = leads.update(details.id(), version, draft);
                Notifications.success(getTranslation("lead.page.saved", saved.leadNo()));
                show(saved);
            }
        } catch (ValidationException invalid) {
            showProblems(invalid.problems());
        } catch (LeadConflictException | ObjectOptimisticLockingFailureException conflict) {
            showConflict(draft);
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        List<FieldProblem> unplaced = form.showProblems(problems);
        String text = unplaced.isEmpty()
                ? getTranslation("lead.error.fixFields")
                : unplaced.stream()
                        .map(p -> p.field() == null
                                ? getTranslation(p.messageKey(), p.args())
                                : Formats.labelValue(
                                        getLocale(), form.label(p.field()), getTranslation(p.messageKey(), p.args())))
                        .collect(Collectors.joining(
                                com.chainleads.base.i18n.AppLocales.isEnglish(getLocale()) ? "; " : "；"));
        Notifications.error(text);
    }

    /**
     * Someone saved in between: merge what the user loaded, what they typed and what is stored now. Their
     * changes stay, the user's go on top, and each field both changed is the user's choice — never a silent
     * overwrite. The merged draft goes through the same save (and the server's checks) as any other.
     */
    private void showConflict(LeadDraft mine) {
        LeadDetails latest = leads.load(details.id());
        DraftValues values = new DraftValues(this, getLocale(), sectors, chainLinks, leaders);
        ThreeWayMerge.Result<LeadDraft> merge = LeadDraftFields.merge(loaded, mine, latest.draft());
        if (!MergeDialog.needed(merge)) { // e.g. a stage change or handover moved the version: nothing to show
            saveMerged(latest, merge.resolve(java.util.Map.of()));
            return;
        }
        MergeDialog<LeadDraft> dialog = new MergeDialog<>(
                getTranslation(
                        "lead.conflict.text",
                        Objects.requireNonNullElse(latest.updatedByName(), "?"),
                        Formats.dateTime(latest.updatedAt())),
                merge,
                form::label,
                (draft, field) -> values.describe(draft).getOrDefault(field, ""),
                merged -> saveMerged(latest, merged),
                () -> show(latest));
        dialog.setHeaderTitle(getTranslation("lead.conflict.title"));
        dialog.open();
    }

    /** The merged draft on the form, based on the latest version, and saved. */
    private void saveMerged(LeadDetails latest, LeadDraft merged) {
        details = latest;
        loaded = latest.draft().copy();
        showHeader(latest);
        form.setLead(merged, latest.stage(), false, latest.permissions().canEdit());
        save(merged, latest.version());
    }

    private void cancelEdits() {
        if (details == null) {
            leaveConfirmed = true;
            UI.getCurrent().navigate(LeadListView.class);
        } else {
            show(details);
        }
    }

    private void openStageDialog() {
        StageChangeDialog[] holder = new StageChangeDialog[1];
        holder[0] = new StageChangeDialog(details, request -> {
            try {
                LeadDetails changed = leads.changeStage(details.id(), details.version(), request);
                holder[0].close();
                Notifications.success(getTranslation(
                        "lead.stageDialog.done", getTranslation(changed.stage().translationKey())));
                show(changed);
            } catch (ValidationException invalid) {
                holder[0].showProblems(invalid.problems(), form::label);
            } catch (LeadConflictException | ObjectOptimisticLockingFailureException conflict) {
                holder[0].close();
                LeadDetails latest = leads.load(details.id());
                Notifications.error(
                        getTranslation("lead.error.conflict", Objects.requireNonNullElse(latest.updatedByName(), "?")));
                show(latest);
            }
        });
        holder[0].open();
    }

    private void openHandoverDialog() {
        HandoverDialog[] holder = new HandoverDialog[1];
        holder[0] = new HandoverDialog(details, units, leads::possibleOwners, request -> {
            try {
                LeadDetails changed = leads.handOver(details.id(), details.version(), request);
                holder[0].close();
                Notifications.success(getTranslation("lead.handoverDialog.done", changed.ownerName()));
                if (isStillVisible(changed.id())) {
                    show(changed);
                } else {
                    leaveConfirmed = true;
                    UI.getCurrent().navigate(LeadListView.class);
                }
            } catch (ValidationException invalid) {
                holder[0].showProblems(invalid.problems());
            } catch (LeadConflictException | ObjectOptimisticLockingFailureException conflict) {
                holder[0].close();
                Notifications.error(getTranslation(
                        "lead.error.conflict",
                        Objects.requireNonNullElse(leads.load(details.id()).updatedByName(), "?")));
                show(leads.load(details.id()));
            }
        });
        holder[0].open();
    }

    private boolean isStillVisible(long id) {
        try {
            leads.load(id);
            return true;
        } catch (RecordNotFoundException gone) {
            return false;
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("lead.page.delete"));
        confirm.setText(getTranslation("lead.page.deleteConfirm", details.leadNo()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("lead.page.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            leads.delete(details.id(), details.version());
            Notifications.success(getTranslation("lead.page.deleted", details.leadNo()));
            leaveConfirmed = true;
            UI.getCurrent().navigate(LeadListView.class);
        });
        confirm.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaveConfirmed || !hasUnsavedInput()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("lead.page.unsavedTitle"));
        confirm.setText(getTranslation("lead.page.unsavedText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lead.page.unsavedStay"));
        confirm.setConfirmText(getTranslation("lead.page.unsavedLeave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            leaveConfirmed = true;
            action.proceed();
        });
        confirm.open();
    }

    /** Input that differs from what was loaded (also after a merge the server refused). */
    private boolean hasUnsavedInput() {
        return form.hasChanges() || !ThreeWayMerge.sameValues(LeadDraftFields.EDITABLE, loaded, form.currentInput());
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("lead.page.newTitle")
                : getTranslation(
                        "lead.page.title", details.leadNo(), details.draft().getProjectName());
    }
}
