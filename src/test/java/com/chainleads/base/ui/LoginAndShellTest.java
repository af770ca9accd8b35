package com.chainleads.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.home.ui.HomeView;
import com.chainleads.security.ui.LoginView;
import com.chainleads.security.ui.UserAdminView;
import com.chainleads.testsupport.KaribuTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

class LoginAndShellTest extends KaribuTest {

    private static String greeting() {
        return _get(H2.class, spec -> spec.withClasses("cl-home-greeting")).getText();
    }

    @Test
    void anAnonymousVisitorIsSentToTheChineseLoginPage() {
        navigate("");
        _get(LoginView.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("cl-login-title")).getText())
                .isEqualTo("链招");
    }

    @Test
    void officer1LogsInAndLandsOnTheLandingView() {
        loginAs("officer1");
        navigate("");
        _get(HomeView.class);
        assertThat(greeting()).isEqualTo("李明，您好");
        assertThat(_get(MainLayout.class).viewTitle.getText()).isEqualTo("首页");
    }

    @Test
    void anOfficerCannotOpenTheAdminViewAndDoesNotSeeItInTheMenu() {
        loginAs("officer1");
        navigate("admin/users");
        _get(NotFoundView.class);
        assertThat(_get(MainLayout.class).nav.getItems())
                .extracting(SideNavItem::getPath)
                .doesNotContain("admin/users");
    }

    @Test
    void anAdministratorSeesTheAdminViewInTheMenu() {
        loginAs("admin");
        navigate("admin/users");
        _get(UserAdminView.class);
        assertThat(_get(MainLayout.class).nav.getItems())
                .extracting(SideNavItem::getPath)
                .contains("admin/users");
    }

    @Test
    void theLanguageSwitchChangesTheTexts() {
        loginAs("officer1");
        navigate("");
        assertThat(greeting()).isEqualTo("李明，您好");
        assertThat(_get(MainLayout.class).languageSwitch.getText()).isEqualTo("English");

        _get(MainLayout.class).languageSwitch.click();

        assertThat(greeting()).isEqualTo("Hello, 李明");
        assertThat(_get(MainLayout.class).viewTitle.getText()).isEqualTo("Home");
        assertThat(_get(MainLayout.class).languageSwitch.getText()).isEqualTo("中文");

        _get(MainLayout.class).languageSwitch.click(); // officer1 stays Chinese for the other tests
        assertThat(greeting()).isEqualTo("李明，您好");
    }

    @Test
    void theChosenLanguageIsRememberedForTheUser() {
        loginAs("officer5");
        navigate("");
        _get(MainLayout.class).languageSwitch.click();
        assertThat(greeting()).startsWith("Hello");

        loginAs("officer5"); // a new session, as after signing in again
        navigate("");
        assertThat(greeting()).isEqualTo("Hello, 赵敏");

        _get(MainLayout.class).languageSwitch.click();
        assertThat(greeting()).isEqualTo("赵敏，您好");
    }
}
