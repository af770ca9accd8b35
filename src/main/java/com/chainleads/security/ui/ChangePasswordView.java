package com.chainleads.security.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Notifications;
import com.chainleads.security.service.AccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Changing one's own password, reached from the user menu — and the one page a user whose password must be
 * changed (new account, administrator's reset) can open until they have done so ({@link PasswordChangeGuard}).
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ChangePasswordForm form = new ChangePasswordForm();
    final Div forcedNotice = new Div();

    private final transient AccountService accounts;

    public ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("cl-view");
        addClassName("cl-change-password");
        forcedNotice.addClassName("cl-password-forced");
        forcedNotice.add(
                VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Paragraph(getTranslation("security.password.forced")));
        form.addChangeListener(e -> change(e.currentPassword(), e.newPassword()));
        Paragraph intro = new Paragraph(getTranslation("security.password.intro"));
        intro.addClassName("cl-password-intro");
        Div card = new Div(forcedNotice, intro, form);
        card.addClassName("cl-password-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forcedNotice.setVisible(accounts.mustChangePassword());
    }

    private void change(String currentPassword, String newPassword) {
        try {
            accounts.changePassword(currentPassword, newPassword);
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.args());
            if (refused.field() == null || !form.showFieldError(refused.field(), message)) {
                Notifications.error(message);
            }
            return;
        } catch (RuntimeException error) {
            ErrorMessages.UserMessage message = ErrorMessages.describe(error);
            if (!message.expected()) {
                throw error;
            }
            Notifications.error(getTranslation(message.key(), message.args()));
            return;
        }
        PasswordChangeGuard.passwordChanged(UI.getCurrent().getSession());
        form.clear();
        Notifications.success(getTranslation("security.password.changed"));
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.title");
    }
}
