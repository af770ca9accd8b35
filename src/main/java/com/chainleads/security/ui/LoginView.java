package com.chainleads.security.ui;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.LanguageSelection;
import com.chainleads.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The Chinese login page. Any failure — unknown user, wrong password, disabled account — shows the same
 * generic message, so the page never tells which usernames exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm loginForm = new LoginForm();
    final Button languageSwitch = new Button();
    private final CurrentUser currentUser;

    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("cl-login");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("cl-login-title");
        Paragraph subtitle = new Paragraph(getTranslation("app.tagline"));
        subtitle.addClassName("cl-login-subtitle");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(loginI18n());

        languageSwitch.setText(getTranslation("language.switchTo"));
        languageSwitch.setIcon(VaadinIcon.GLOBE.create());
        languageSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        languageSwitch.addClickListener(e -> switchLanguage());

        Div card = new Div(title, subtitle, loginForm, languageSwitch);
        card.addClassName("cl-login-card");
        add(card);
    }

    private LoginI18n loginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private void switchLanguage() {
        LanguageSelection.apply(
                UI.getCurrent(), AppLocales.isEnglish(getLocale()) ? AppLocales.CHINESE : AppLocales.ENGLISH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        loginForm.setError(
                event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
