package com.chainleads.base.ui;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.LanguageSelection;
import com.chainleads.base.i18n.LocalePreference;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in view: side navigation built from the views' {@code @Menu} annotations
 * (only those the user may open), and a header with the user's name, unit and role, the language switch, the
 * notification bell and logout. On a phone the drawer folds away and the header keeps only icons.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final H1 viewTitle = new H1();
    final SideNav nav = new SideNav();
    final Button languageSwitch = new Button();
    final List<Component> headerItems;

    /** The path of the page shown, to tell a new page from a changed query. */
    private @org.jspecify.annotations.Nullable String shownPath;

    private final transient LocalePreference localePreference;

    public MainLayout(LocalePreference localePreference, ObjectProvider<ShellHeaderItem> headerItems) {
        this.localePreference = localePreference;
        this.headerItems =
                headerItems.orderedStream().map(ShellHeaderItem::component).toList();
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawerHeader(), new Scroller(nav));
        addToNavbar(navbar());
        buildNavigation();
    }

    private Div drawerHeader() {
        Span logo = new Span("链");
        logo.addClassName("cl-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("cl-app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("cl-app-tagline");
        Div text = new Div(name, tagline);
        Div header = new Div(logo, text);
        header.addClassName("cl-drawer-header");
        return header;
    }

    private HorizontalLayout navbar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("cl-view-title");

        languageSwitch.setText(getTranslation("language.switchTo"));
        languageSwitch.setIcon(VaadinIcon.GLOBE.create());
        languageSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        languageSwitch.addClassName("cl-language-switch");
        languageSwitch.setTooltipText(getTranslation("language.tooltip"));
        languageSwitch.addClickListener(e -> switchLanguage());

        Div spacer = new Div();
        spacer.addClassName("cl-spacer");
        HorizontalLayout bar = new HorizontalLayout(toggle, viewTitle, spacer, languageSwitch);
        headerItems.forEach(bar::add);
        bar.addClassName("cl-navbar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setSpacing(false);
        return bar;
    }

    private void buildNavigation() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    private void switchLanguage() {
        Locale next = AppLocales.isEnglish(getLocale()) ? AppLocales.CHINESE : AppLocales.ENGLISH;
        localePreference.rememberLocale(next);
        LanguageSelection.apply(UI.getCurrent(), next);
    }

    @Override
    protected void afterNavigation() {
        super.afterNavigation();
        showViewTitle();
    }

    /**
     * Every navigation, also one that keeps the view (a saved new lead opening its page, another sector tab on
     * the map): {@link AppLayout} itself only updates when the content component changes.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showViewTitle();
        // another page opens at its top, as a page load would (a saved new lead opens its page in the same view,
        // which the layout's scroller would otherwise leave scrolled down); a changed filter keeps its place
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            getElement()
                    .executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                            + " if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
        }
        shownPath = path;
    }

    private void showViewTitle() {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
