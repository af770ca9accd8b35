package com.chainleads.security.ui;

import com.chainleads.security.CurrentUser;
import com.chainleads.security.service.AccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * A user who must change their password (a new account, an administrator's reset) is sent to
 * {@link ChangePasswordView} whatever they try to open, until they have changed it. Once the password is known
 * to be fine, the session remembers it and no longer asks the database.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final String PASSWORD_OK = PasswordChangeGuard.class.getName() + ".passwordOk";

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PasswordChangeGuard(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (currentUser.get().isEmpty()
                || event.getNavigationTarget() == ChangePasswordView.class
                || event.getNavigationTarget() == LoginView.class
                || event.isErrorEvent()) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(PASSWORD_OK))) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        } else {
            session.setAttribute(PASSWORD_OK, Boolean.TRUE);
        }
    }

    static void passwordChanged(VaadinSession session) {
        session.setAttribute(PASSWORD_OK, Boolean.TRUE);
    }
}
