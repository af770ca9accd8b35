package com.chainleads.tour.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.Notifications;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.security.domain.Role;
import com.chainleads.tour.service.RankLine;
import com.chainleads.tour.service.TourBooklet;
import com.chainleads.tour.service.TourDetail;
import com.chainleads.tour.service.TourRankingExport;
import com.chainleads.tour.service.TourService;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A tour at {@code /tours/<id>}: its name and day, the route of signed projects in visiting order (add from the
 * picker, reorder, remove), the 观摩团, the members' score sheets, the 红黑榜, and the booklet to download.
 */
@Route("tours/:id")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class TourView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String STOP_ACTIONS = """
            <vaadin-horizontal-layout>
              <vaadin-button theme="tertiary-inline icon small" aria-label="${item.upLabel}" ?disabled="${item.first}"
                  @click="${up}"><vaadin-icon icon="vaadin:arrow-up"></vaadin-icon></vaadin-button>
              <vaadin-button theme="tertiary-inline icon small" aria-label="${item.downLabel}" ?disabled="${item.last}"
                  @click="${down}"><vaadin-icon icon="vaadin:arrow-down"></vaadin-icon></vaadin-button>
              <vaadin-button theme="tertiary-inline error icon small" aria-label="${item.removeLabel}"
                  @click="${remove}"><vaadin-icon icon="vaadin:close-small"></vaadin-icon></vaadin-button>
            </vaadin-horizontal-layout>""";
    /** A stop's project opens the lead's page on its 项目建设 tab. */
    static final String STOP_PROJECT = """
            <a href="${item.href}">${item.name}</a>""";

    static final String MEMBER_ACTIONS = """
            <vaadin-button theme="tertiary-inline error" @click="${remove}">${item.removeLabel}</vaadin-button>""";
    static final String BOARD = """
            <span class="cl-board-${item.board}" theme="${item.board === 'red' ? 'badge error'
                : item.board === 'black' ? 'badge contrast' : ''}">${item.label}</span>""";

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    final H2 title = new H2();
    final TourForm form = new TourForm();
    final Grid<TourDetail.Stop> route = new Grid<>();
    final Button addProjects = new Button();
    final MemberForm memberForm = new MemberForm();
    final Grid<TourDetail.Member> members = new Grid<>();
    final ScoreSheet sheet = new ScoreSheet();
    final Grid<RankLine> ranking = new Grid<>();
    final TabSheet tabs = new TabSheet();
    final ProjectPicker picker;
    final Button delete = new Button();

    private final TourService tours;
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final TourBooklet booklet;
    private final TourRankingExport rankingExport;
    private @Nullable TourDetail shown;

    public TourView(
            TourService tours, TourBooklet booklet, TourRankingExport rankingExport, ChainReferenceService chains) {
        this.tours = tours;
        this.booklet = booklet;
        this.rankingExport = rankingExport;
        addClassName("cl-view");
        setWidthFull();
        picker = new ProjectPicker(chains.sectors(), tours::candidates);
        picker.addPickListener(e -> change(() -> tours.addStop(id(), e.lead().id()), () -> {
            Notifications.success(getTranslation("tour.route.added", e.lead().projectName()));
            picker.show(onRoute());
        }));
        Button back = new Button(
                getTranslation("tour.back"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ToursView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.setText(getTranslation("tour.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        HorizontalLayout header = new HorizontalLayout(back, title, downloads, delete);
        header.setWrap(true);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        form.addSaveListener(e -> {
            TourDetail tour = shown;
            if (tour != null) {
                change(
                        () -> tours.change(tour.id(), tour.version(), e.command()),
                        () -> Notifications.success(
                                getTranslation("tour.saved", e.command().name())));
            }
        });

        configureRoute();
        configureMembers();
        sheet.addSaveListener(e -> {
            try {
                tours.saveSheet(id(), e.member().id(), e.sheet());
                Notifications.success(
                        getTranslation("tour.scores.saved", e.member().name()));
                refresh();
            } catch (BusinessRuleException rule) {
                Notifications.error(getTranslation(rule.messageKey(), rule.args()));
            }
        });
        configureRanking();
        tabs.add(getTranslation("tour.tab.route"), unpadded(addProjects, route));
        tabs.add(getTranslation("tour.tab.members"), unpadded(memberForm, members));
        tabs.add(getTranslation("tour.tab.scores"), sheet);
        tabs.add(getTranslation("tour.tab.ranking"), ranking);
        tabs.setWidthFull();
        add(header, form, tabs);
    }

    private static VerticalLayout unpadded(com.vaadin.flow.component.Component... children) {
        VerticalLayout layout = new VerticalLayout(children);
        layout.setPadding(false);
        return layout;
    }

    private void configureRoute() {
        route.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        route.addThemeName("wrap-cell-content");
        route.setAllRowsVisible(true);
        route.addColumn(TourDetail.Stop::position)
                .setHeader(getTranslation("tour.field.position"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        route.addColumn(LitRenderer.<TourDetail.Stop>of(STOP_PROJECT)
                        .withProperty("name", TourDetail.Stop::projectName)
                        .withProperty("href", stop -> LeadPageTab.CONSTRUCTION.location(stop.leadId())))
                .setHeader(getTranslation("tour.field.project"))
                .setKey("project")
                .setFlexGrow(3);
        route.addColumn(TourDetail.Stop::investorName)
                .setHeader(getTranslation("tour.field.investor"))
                .setFlexGrow(2);
        route.addColumn(s -> Money.format(s.totalInvestmentWan(), getLocale()))
                .setHeader(getTranslation("tour.field.investment"))
                .setAutoWidth(true);
        String upLabel = getTranslation("tour.route.up");
        String downLabel = getTranslation("tour.route.down");
        String removeLabel = getTranslation("tour.route.remove");
        route.addColumn(LitRenderer.<TourDetail.Stop>of(STOP_ACTIONS)
                        .withProperty("upLabel", stop -> upLabel)
                        .withProperty("downLabel", stop -> downLabel)
                        .withProperty("removeLabel", stop -> removeLabel)
                        .withProperty("first", stop -> stop.position() == 1)
                        .withProperty(
                                "last",
                                stop -> shown != null
                                        && stop.position() == shown.stops().size())
                        .withFunction("up", stop -> change(() -> tours.moveStop(id(), stop.stopId(), -1), () -> {}))
                        .withFunction("down", stop -> change(() -> tours.moveStop(id(), stop.stopId(), 1), () -> {}))
                        .withFunction("remove", stop -> change(() -> tours.removeStop(id(), stop.stopId()), () -> {})))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        route.setEmptyStateText(getTranslation("tour.route.none"));
        addProjects.setText(getTranslation("tour.route.add"));
        addProjects.setIcon(VaadinIcon.PLUS.create());
        addProjects.addClickListener(e -> picker.show(onRoute()));
    }

    private void configureMembers() {
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        members.setAllRowsVisible(true);
        members.addColumn(TourDetail.Member::name)
                .setHeader(getTranslation("tour.field.memberName"))
                .setFlexGrow(1);
        members.addColumn(m -> m.title() == null ? "" : m.title())
                .setHeader(getTranslation("tour.field.memberTitle"))
                .setFlexGrow(2);
        String removeMember = getTranslation("tour.member.remove");
        members.addColumn(LitRenderer.<TourDetail.Member>of(MEMBER_ACTIONS)
                        .withProperty("removeLabel", m -> removeMember)
                        .withFunction(
                                "remove", m -> change(() -> tours.removeMember(id(), m.id(), m.version()), () -> {})))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        members.setEmptyStateText(getTranslation("tour.member.none"));
        memberForm.addAddListener(e -> {
            try {
                show(tours.addMember(id(), e.name(), e.title()));
                memberForm.clear();
            } catch (BusinessRuleException rule) {
                String message = getTranslation(rule.messageKey(), rule.args());
                if (rule.field() == null || !memberForm.showFieldError(rule.field(), message)) {
                    Notifications.error(message);
                }
            }
        });
    }

    private void configureRanking() {
        ranking.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ranking.addThemeName("wrap-cell-content");
        ranking.setAllRowsVisible(true);
        ranking.addColumn(r -> r.rank() == 0 ? "—" : String.valueOf(r.rank()))
                .setHeader(getTranslation("tour.field.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ranking.addColumn(RankLine::projectName)
                .setHeader(getTranslation("tour.field.project"))
                .setFlexGrow(3);
        ranking.addColumn(r -> r.score() == null ? "—" : r.score().toPlainString())
                .setHeader(getTranslation("tour.field.score"))
                .setKey("score")
                .setAutoWidth(true);
        Grid.Column<RankLine> scoredBy = ranking.addColumn(RankLine::membersScored)
                .setHeader(getTranslation("tour.field.membersScored"))
                .setAutoWidth(true);
        NarrowScreen.hideWhenNarrow(this, scoredBy);
        ranking.addColumn(LitRenderer.<RankLine>of(BOARD)
                        .withProperty("board", r -> r.board().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", r -> getTranslation(r.board().translationKey())))
                .setHeader(getTranslation("tour.field.board"))
                .setKey("board")
                .setAutoWidth(true);
        ranking.setEmptyStateText(getTranslation("tour.ranking.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long tourId;
        try {
            tourId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException notANumber) {
            event.rerouteToError(com.chainleads.base.domain.RecordNotFoundException.class);
            return;
        }
        show(tours.detail(tourId));
    }

    private void show(TourDetail tour) {
        shown = tour;
        title.setText(tour.name());
        form.show(tour.name(), tour.tourDate());
        route.setItems(tour.stops());
        members.setItems(tour.members());
        sheet.show(tour, memberId -> tours.sheet(tour.id(), memberId));
        ranking.setItems(tours.ranking(tour.id()));
        Locale locale = getLocale();
        downloads.removeAll();
        downloads.add(Downloads.button(getTranslation("tour.booklet.download"), docx(tour.id(), locale)));
        downloads.add(Downloads.button(
                getTranslation("tour.ranking.export"),
                Downloads.xlsx(
                        () -> rankingExport.fileName(tour.id(), locale),
                        out -> rankingExport.write(tour.id(), locale, out))));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private DownloadHandler docx(long tourId, Locale locale) {
        String name = booklet.fileName(tourId, locale);
        return event -> {
            event.setFileName(name);
            event.setContentType(DOCX_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                booklet.write(tourId, locale, out);
            }
        };
    }

    private java.util.Set<Long> onRoute() {
        return shown == null
                ? java.util.Set.of()
                : shown.stops().stream().map(TourDetail.Stop::leadId).collect(Collectors.toSet());
    }

    private void refresh() {
        if (shown != null) {
            show(tours.detail(shown.id()));
        }
    }

    private long id() {
        if (shown == null) {
            throw new IllegalStateException("No tour shown");
        }
        return shown.id();
    }

    /** Runs a change and shows the tour as saved; a refusal says why, a colleague's change reloads the tour. */
    private void change(Supplier<TourDetail> action, Runnable then) {
        try {
            show(action.get());
            then.run();
        } catch (BusinessRuleException rule) {
            String message = getTranslation(rule.messageKey(), rule.args());
            if (rule.field() == null || !form.showFieldError(rule.field(), message)) {
                Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("tour.conflict"));
            TourDetail tour = shown;
            if (tour != null) {
                // the colleague's route and version, once; what the user typed in the form stays
                TourDetail latest = tours.detail(tour.id());
                shown = latest;
                route.setItems(latest.stops());
            }
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    private void confirmDelete() {
        TourDetail tour = shown;
        if (tour == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("tour.delete"));
        confirm.setText(getTranslation("tour.deleteConfirm", tour.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tour.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                tours.delete(tour.id(), tour.version());
                Notifications.success(getTranslation("tour.deleted", tour.name()));
                UI.getCurrent().navigate(ToursView.class);
            } catch (OptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("tour.conflict"));
                refresh();
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("tour.nav") : shown.name() + " · " + getTranslation("tour.nav");
    }
}
