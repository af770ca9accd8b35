package com.chainleads.enterprise.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.Notifications;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.ui.CultivationSection;
import com.chainleads.enterprise.service.ChangeLine;
import com.chainleads.enterprise.service.EnterpriseDetail;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.IndicatorsCommand;
import com.chainleads.enterprise.service.ProfileCommand;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One enterprise of the library at {@code /enterprises/<id>} ({@code /enterprises/new} to add one): its profile
 * form, the tiers it holds and held (with their dates), its innovation platforms, its yearly figures and its change
 * log. Everyone may read; administrators and the 科技科 edit. A save over a newer save is refused and the page shows
 * the latest version again.
 *
 * <p>Size: the page and its four tabs (tiers, platforms, yearly figures, change log, 培育与积分), each a short builder; the
 * profile form is its own component.
 */
@Route("enterprises/:enterpriseId(new|\\d+)")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
public class EnterpriseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter value that opens the 培育与积分 tab ({@code /enterprises/7?tab=cultivation}). */
    public static final String CULTIVATION_TAB = "cultivation";

    final H2 title = new H2();
    final HorizontalLayout badges = new HorizontalLayout();
    final ProfileForm profile;
    final TierForm tierForm = new TierForm();
    final PlatformForm platformForm = new PlatformForm();
    final IndicatorsForm indicatorsForm = new IndicatorsForm();
    final Grid<EnterpriseDetail.TierLine> tiers = new Grid<>();
    final Grid<EnterpriseDetail.PlatformLine> platforms = new Grid<>();
    final Grid<EnterpriseDetail.IndicatorLine> indicators = new Grid<>();
    final Grid<ChangeLine> history = new Grid<>();
    final Button removeTier = new Button();
    final Button removePlatform = new Button();
    final Button deleteEnterprise = new Button();
    final TabSheet tabs = new TabSheet();
    final CultivationSection cultivation = new CultivationSection();

    private final EnterpriseLibraryService library;
    private final CultivationService cultivations;
    private final boolean editable;
    private @Nullable EnterpriseDetail shown;

    public EnterpriseView(
            EnterpriseLibraryService library,
            CultivationService cultivations,
            ChainReferenceService reference,
            DirectoryService directory,
            AuthenticationContext authentication) {
        this.library = library;
        this.cultivations = cultivations;
        this.editable = authentication.hasAnyRole(Role.ADMIN_NAME, Role.TECH_OFFICE_NAME);
        List<SectorOption> sectors = reference.sectors();
        List<ChainLinkOption> links = reference.allLinks();
        addClassName("cl-view");
        setWidthFull();
        profile = new ProfileForm(sectors, links, directory.officers(null), editable);
        profile.addSaveListener(e -> saveProfile(e.command(), e.typed()));
        Button back = new Button(
                getTranslation("enterprise.back"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(EnterpriseLibraryView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        deleteEnterprise.setText(getTranslation("enterprise.delete"));
        deleteEnterprise.setIcon(VaadinIcon.TRASH.create());
        deleteEnterprise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteEnterprise.setVisible(false);
        deleteEnterprise.addClickListener(e -> confirmDelete());
        HorizontalLayout header = new HorizontalLayout(back, title, badges, deleteEnterprise);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        configureTiers();
        configurePlatforms();
        configureIndicators();
        configureHistory();
        tabs.add(getTranslation("enterprise.tab.profile"), profile);
        tabs.add(getTranslation("enterprise.tab.tiers"), new VerticalLayout(tierForm, removeTier, tiers));
        tabs.add(
                getTranslation("enterprise.tab.platforms"),
                new VerticalLayout(platformForm, removePlatform, platforms));
        tabs.add(getTranslation("enterprise.tab.indicators"), new VerticalLayout(indicatorsForm, indicators));
        tabs.add(getTranslation("enterprise.tab.history"), history);
        tabs.add(getTranslation("cultivation.tab"), cultivation);
        tabs.setWidthFull();
        add(header, tabs);
    }

    private void configureTiers() {
        Locale locale = getLocale();
        tiers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        tiers.setAllRowsVisible(true);
        tiers.addColumn(t -> getTranslation(t.tier().translationKey()))
                .setHeader(getTranslation("enterprise.field.tier"))
                .setKey("tier")
                .setAutoWidth(true);
        tiers.addColumn(t -> Formats.date(t.grantedOn()))
                .setHeader(getTranslation("enterprise.field.grantedOn"))
                .setAutoWidth(true);
        tiers.addColumn(t -> Formats.date(t.validUntil()))
                .setHeader(getTranslation("enterprise.field.validUntil"))
                .setAutoWidth(true);
        tiers.addColumn(t -> getTranslation(t.current() ? "enterprise.tier.current" : "enterprise.tier.past"))
                .setHeader(getTranslation("enterprise.tier.state"))
                .setKey("state")
                .setAutoWidth(true);
        tiers.addColumn(t -> t.certificateNo() == null ? "" : t.certificateNo())
                .setHeader(getTranslation("enterprise.field.certificateNo"))
                .setFlexGrow(1);
        tierForm.setVisible(editable);
        tierForm.addAddListener(
                e -> change(() -> library.addTier(id(), e.command()), tierForm::showFieldError, tierForm::clear));
        removeTier.setText(getTranslation("enterprise.tier.remove"));
        removeTier.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeTier.setVisible(editable);
        removeTier.setEnabled(false);
        tiers.addSelectionListener(
                e -> removeTier.setEnabled(e.getFirstSelectedItem().isPresent()));
        removeTier.addClickListener(e -> tiers.getSelectedItems().stream()
                .findFirst()
                .ifPresent(t ->
                        change(() -> library.removeTier(t.id(), t.version()), (field, message) -> false, () -> {})));
        tiers.setEmptyStateText(getTranslation("enterprise.tier.none"));
        tiers.getColumns().forEach(c -> c.setResizable(true));
        tiers.setId("tiers");
        tiers.getElement().setAttribute("aria-label", getTranslation("enterprise.tab.tiers"));
        tiers.setPartNameGenerator(t -> t.current() ? null : "cl-past");
        tiers.addThemeName("wrap-cell-content");
        tiers.setSelectionMode(Grid.SelectionMode.SINGLE);
        tiers.setMultiSort(false);
        tiers.setWidthFull();
        tiers.getElement().setProperty("locale", locale.toLanguageTag());
    }

    private void configurePlatforms() {
        platforms.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        platforms.setAllRowsVisible(true);
        platforms
                .addColumn(EnterpriseDetail.PlatformLine::name)
                .setHeader(getTranslation("enterprise.field.platformName"))
                .setFlexGrow(3);
        platforms
                .addColumn(p -> getTranslation(p.type().translationKey()))
                .setHeader(getTranslation("enterprise.field.platformType"))
                .setAutoWidth(true);
        platforms
                .addColumn(p -> getTranslation(p.level().translationKey()))
                .setHeader(getTranslation("enterprise.field.platformLevel"))
                .setKey("level")
                .setAutoWidth(true);
        platforms
                .addColumn(p -> Formats.date(p.recognisedOn()))
                .setHeader(getTranslation("enterprise.field.recognisedOn"))
                .setAutoWidth(true);
        platforms.setEmptyStateText(getTranslation("enterprise.platform.none"));
        platformForm.setVisible(editable);
        platformForm.addAddListener(e -> change(
                () -> library.addPlatform(id(), e.command()), platformForm::showFieldError, platformForm::clear));
        removePlatform.setText(getTranslation("enterprise.platform.remove"));
        removePlatform.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removePlatform.setVisible(editable);
        removePlatform.setEnabled(false);
        platforms.addSelectionListener(
                e -> removePlatform.setEnabled(e.getFirstSelectedItem().isPresent()));
        removePlatform.addClickListener(e -> platforms.getSelectedItems().stream()
                .findFirst()
                .ifPresent(p -> change(
                        () -> library.removePlatform(p.id(), p.version()), (field, message) -> false, () -> {})));
    }

    private void configureIndicators() {
        Locale locale = getLocale();
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        indicators.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        indicators.setAllRowsVisible(true);
        indicators
                .addColumn(i -> String.valueOf(i.figures().year()))
                .setHeader(getTranslation("enterprise.field.year"))
                .setKey("year")
                .setAutoWidth(true);
        addAmount(indicators, "revenueWan", i -> i.figures().revenueWan(), locale);
        addAmount(indicators, "taxWan", i -> i.figures().taxWan(), locale);
        addAmount(indicators, "rdExpenseWan", i -> i.figures().rdExpenseWan(), locale);
        indicators
                .addColumn(i -> i.figures().rdShare() == null
                        ? ""
                        : percent.format(i.figures().rdShare()))
                .setHeader(getTranslation("enterprise.field.rdShare"))
                .setKey("rdShare")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addCount("rdStaff", i -> i.figures().rdStaff());
        addCount("staff", i -> i.figures().staff());
        indicators
                .addColumn(i -> ipSummary(i.figures()))
                .setHeader(getTranslation("enterprise.field.ip"))
                .setAutoWidth(true);
        indicators.setEmptyStateText(getTranslation("enterprise.indicators.none"));
        indicatorsForm.setVisible(editable);
        if (editable) {
            indicators.addItemClickListener(e -> indicatorsForm.edit(e.getItem()));
        }
        indicatorsForm.addSaveListener(e -> change(
                () -> library.saveIndicators(id(), e.indicatorsId(), e.version(), e.command()),
                indicatorsForm::showFieldError,
                indicatorsForm::clear));
    }

    private void addAmount(
            Grid<EnterpriseDetail.IndicatorLine> grid,
            String field,
            java.util.function.Function<EnterpriseDetail.IndicatorLine, @Nullable BigDecimal> value,
            Locale locale) {
        grid.addColumn(i -> Money.format(value.apply(i), locale))
                .setHeader(getTranslation("enterprise.field." + field))
                .setKey(field)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void addCount(
            String field, java.util.function.Function<EnterpriseDetail.IndicatorLine, @Nullable Integer> value) {
        indicators
                .addColumn(i -> value.apply(i) == null ? "" : String.valueOf(value.apply(i)))
                .setHeader(getTranslation("enterprise.field." + field))
                .setKey(field)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private String ipSummary(IndicatorsCommand figures) {
        return getTranslation(
                "enterprise.ip.summary",
                zero(figures.inventionPatents()),
                zero(figures.utilityPatents()),
                zero(figures.designPatents()),
                zero(figures.softwareCopyrights()));
    }

    private static int zero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private void configureHistory() {
        ChangeLogText text = new ChangeLogText(this::getTranslation);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.addColumn(c -> Formats.dateTime(c.occurredAt()))
                .setHeader(getTranslation("enterprise.history.when"))
                .setAutoWidth(true);
        history.addColumn(ChangeLine::actorName)
                .setHeader(getTranslation("enterprise.history.who"))
                .setAutoWidth(true);
        history.addColumn(text::field)
                .setHeader(getTranslation("enterprise.history.field"))
                .setKey("field")
                .setAutoWidth(true);
        history.addColumn(c -> text.value(c.oldValue()))
                .setHeader(getTranslation("enterprise.history.old"))
                .setFlexGrow(1);
        history.addColumn(c -> text.value(c.newValue()))
                .setHeader(getTranslation("enterprise.history.new"))
                .setKey("new")
                .setFlexGrow(1);
        history.setEmptyStateText(getTranslation("enterprise.history.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("enterpriseId").orElse("new");
        if ("new".equals(parameter)) {
            if (!editable) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
            shown = null;
            title.setText(getTranslation("enterprise.new"));
            profile.setProfile(new ProfileCommand(null, null, null, java.util.Set.of(), false, null, null));
            tabs.getTabAt(1).setEnabled(false);
            tabs.getTabAt(2).setEnabled(false);
            tabs.getTabAt(3).setEnabled(false);
            tabs.getTabAt(4).setEnabled(false);
            tabs.getTabAt(5).setEnabled(false);
            return;
        }
        if (parameter.length() > 18) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        library.find(Long.parseLong(parameter))
                .ifPresentOrElse(
                        this::show, () -> event.rerouteToError(com.vaadin.flow.router.NotFoundException.class));
        // the 培育清单 and the points ranking open a firm on its 培育与积分 tab
        if (event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .filter(CULTIVATION_TAB::equals)
                .isPresent()) {
            tabs.setSelectedIndex(5);
        }
    }

    private void show(EnterpriseDetail detail) {
        showOthers(detail);
        profile.setProfile(detail.profile());
    }

    /** Shows the firm as saved, but keeps what the user has typed into the profile form and not yet saved. */
    private void showKeepingTyped(EnterpriseDetail detail) {
        showOthers(detail);
        if (!profile.hasUnsavedInput()) {
            profile.setProfile(detail.profile());
        }
    }

    /** Everything but the profile form. */
    private void showOthers(EnterpriseDetail detail) {
        shown = detail;
        title.setText(detail.profile().name());
        badges.removeAll();
        detail.tiers().stream()
                .filter(EnterpriseDetail.TierLine::current)
                .map(EnterpriseDetail.TierLine::tier)
                .distinct()
                .sorted()
                .forEach(tier -> {
                    Span badge = new Span(getTranslation(tier.translationKey()));
                    badge.getElement().getThemeList().add("badge pill success");
                    badges.add(badge);
                });
        if (detail.profile().aboveScale()) {
            Span badge = new Span(getTranslation("enterprise.field.aboveScale"));
            badge.getElement().getThemeList().add("badge pill contrast");
            badges.add(badge);
        }
        tiers.setItems(detail.tiers());
        platforms.setItems(detail.platforms());
        indicators.setItems(detail.indicators());
        history.setItems(library.history(detail.id()));
        cultivation.show(cultivations.firm(detail.id()));
        for (int i = 1; i < 6; i++) {
            tabs.getTabAt(i).setEnabled(true);
        }
        deleteEnterprise.setVisible(editable);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private long id() {
        if (shown == null) {
            throw new IllegalStateException("No enterprise shown");
        }
        return shown.id();
    }

    private void saveProfile(ProfileCommand command, ProfileFormData typed) {
        if (shown == null) {
            change(() -> library.create(command), profile::showFieldError, () -> {}, created -> {
                Notifications.success(
                        getTranslation("enterprise.saved", created.profile().name()));
                UI.getCurrent().navigate("enterprises/" + created.id());
            });
            return;
        }
        long id = shown.id();
        long version = shown.version();
        if (!ThreeWayMerge.sameValues(ProfileFormData.FIELDS, profile.loaded(), profile.asData(shown.profile()))) {
            // the page reloaded the firm (after a tier or platform change) with a colleague's profile changes
            // while the user kept typing: merge instead of saving over them
            mergeProfile(id, typed);
            return;
        }
        try {
            change(
                    () -> library.update(id, version, command),
                    profile::showFieldError,
                    () -> Notifications.success(getTranslation("enterprise.saved", command.name())),
                    this::show,
                    true);
        } catch (OptimisticLockingFailureException conflict) {
            mergeProfile(id, typed);
        }
    }

    /**
     * A colleague saved the firm while the user edited its profile: what the user typed is merged with the
     * colleague's version (see {@link MergeDialog}); nothing either typed is lost without the user choosing.
     */
    private void mergeProfile(long id, ProfileFormData typed) {
        EnterpriseDetail latest = library.find(id).orElse(null);
        if (latest == null) {
            Notifications.error(getTranslation("merge.gone"));
            UI.getCurrent().navigate(EnterpriseLibraryView.class);
            return;
        }
        ProfileFormData stored = profile.asData(latest.profile());
        ThreeWayMerge.Result<ProfileFormData> merge =
                ThreeWayMerge.merge(ProfileFormData.FIELDS, profile.loaded(), typed, stored, ProfileFormData::copy);
        Consumer<ProfileFormData> saveMerged = merged -> {
            showOthers(latest);
            profile.showMerged(merged, stored);
            saveProfile(merged.toCommand(), merged);
        };
        if (!MergeDialog.needed(merge)) {
            saveMerged.accept(merge.resolve(Map.of()));
            return;
        }
        new MergeDialog<>(
                        getTranslation("merge.intro"),
                        merge,
                        field -> getTranslation("enterprise.field." + field),
                        this::shownValue,
                        saveMerged,
                        () -> show(latest))
                .open();
    }

    /** A profile field's value as the user reads it, for the merge dialog. */
    private String shownValue(ProfileFormData data, String field) {
        return switch (field) {
            case "name" -> data.getName();
            case "creditCode" -> data.getCreditCode();
            case "sectorId" -> data.getSector() == null ? "" : data.getSector().name(getLocale());
            case "links" ->
                data.getLinks().stream()
                        .map(link -> link.name(getLocale()))
                        .sorted()
                        .collect(Collectors.joining("、"));
            case "aboveScale" -> getTranslation(data.isAboveScale() ? "enterprise.yes" : "enterprise.no");
            case "annualOutputWan" ->
                data.getAnnualOutputWan() == null
                        ? ""
                        : data.getAnnualOutputWan().toPlainString() + " " + getTranslation("enterprise.wan");
            case "jobs" -> data.getJobs() == null ? "" : data.getJobs().toString();
            case "officerId" ->
                data.getOfficer() == null ? "" : data.getOfficer().displayName();
            default -> "";
        };
    }

    private void confirmDelete() {
        if (shown == null) {
            return;
        }
        EnterpriseDetail doomed = shown;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("enterprise.delete"));
        confirm.setText(
                getTranslation("enterprise.deleteConfirm", doomed.profile().name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("enterprise.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                library.delete(doomed.id(), doomed.version());
                Notifications.success(
                        getTranslation("enterprise.deleted", doomed.profile().name()));
                UI.getCurrent().navigate(EnterpriseLibraryView.class);
            } catch (OptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("enterprise.conflict"));
                library.find(doomed.id()).ifPresent(this::show);
            }
        });
        confirm.open();
    }

    /** Runs a change, then shows the enterprise as saved; a refusal goes to its field, a conflict reloads. */
    private void change(
            Supplier<EnterpriseDetail> action, java.util.function.BiPredicate<String, String> atField, Runnable done) {
        change(action, atField, done, this::showKeepingTyped, false);
    }

    private void change(
            Supplier<EnterpriseDetail> action,
            java.util.function.BiPredicate<String, String> atField,
            Runnable done,
            Consumer<EnterpriseDetail> then) {
        change(action, atField, done, then, false);
    }

    /**
     * @param callerMerges a conflict is rethrown for the caller to merge (the profile); otherwise the firm is
     *     reloaded (the small add/remove forms, whose input stays in their fields)
     */
    private void change(
            Supplier<EnterpriseDetail> action,
            java.util.function.BiPredicate<String, String> atField,
            Runnable done,
            Consumer<EnterpriseDetail> then,
            boolean callerMerges) {
        try {
            EnterpriseDetail saved = action.get();
            done.run();
            then.accept(saved);
        } catch (BusinessRuleException rule) {
            String message = getTranslation(rule.messageKey(), rule.args());
            if (rule.field() == null || !atField.test(rule.field(), message)) {
                Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException conflict) {
            if (callerMerges) {
                throw conflict;
            }
            Notifications.error(getTranslation("enterprise.conflict"));
            if (shown != null) {
                library.find(shown.id()).ifPresent(this::showKeepingTyped);
            }
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null
                ? getTranslation("enterprise.nav")
                : shown.profile().name() + " · " + getTranslation("enterprise.nav");
    }
}
