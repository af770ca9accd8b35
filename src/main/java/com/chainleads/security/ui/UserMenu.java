package com.chainleads.security.ui;

import com.chainleads.base.ui.ShellHeaderItem;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The user menu at the end of the shell's header: the user's name, unit and role, changing the password and
 * logging out. On a phone only the avatar shows.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(20)
public class UserMenu extends MenuBar implements ShellHeaderItem {

    public UserMenu(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        AppUserPrincipal user = currentUser.require();
        Locale locale = getLocale();
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.addClassName("cl-user-name");
        String unitAndRole =
                joinNonBlank(user.unitName(locale), getTranslation(user.role().translationKey()));
        Span details = new Span(unitAndRole);
        details.addClassName("cl-user-details");
        Div text = new Div(name, details);
        text.addClassName("cl-user-text");
        Div trigger = new Div(avatar, text);
        trigger.addClassName("cl-user-trigger");

        setId("user-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = addItem(trigger);
        root.setAriaLabel(getTranslation("shell.userMenu"));
        var info = root.getSubMenu().addItem(user.displayName() + " · " + unitAndRole);
        info.setEnabled(false);
        root.getSubMenu()
                .addItem(
                        withIcon(VaadinIcon.KEY, getTranslation("security.menu.changePassword")),
                        e -> UI.getCurrent().navigate(ChangePasswordView.class));
        root.getSubMenu()
                .addItem(
                        withIcon(VaadinIcon.SIGN_OUT, getTranslation("shell.logout")),
                        e -> authenticationContext.logout());
    }

    private static HorizontalLayout withIcon(VaadinIcon icon, String text) {
        HorizontalLayout item = new HorizontalLayout(icon.create(), new Span(text));
        item.setSpacing(true);
        item.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return item;
    }

    private static String joinNonBlank(String first, String second) {
        return first.isBlank() ? second : first + " · " + second;
    }
}
