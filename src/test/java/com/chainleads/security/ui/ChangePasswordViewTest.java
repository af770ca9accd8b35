package com.chainleads.security.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.home.ui.HomeView;
import com.chainleads.lead.ui.LeadListView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.TestUsers;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Case 5 in the UI: the change-password view, reached from the user menu, and the forced change. */
class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    TestUsers users;

    @Autowired
    AuthenticationManager authentication;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static void fill(ChangePasswordForm form, String current, String next, String confirm) {
        _setValue(form.currentPassword, current);
        _setValue(form.newPassword, next);
        _setValue(form.confirmPassword, confirm);
        form.submit.click();
    }

    @Test
    void theUserMenuLeadsToTheChangePasswordView() {
        loginAs("officer1");
        navigate("");
        MenuBar userMenu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        MenuItem item = userMenu.getItems().get(0).getSubMenu().getItems().stream()
                .filter(i -> i.getElement().getTextRecursively().contains("修改密码"))
                .findFirst()
                .orElseThrow();
        ContextMenuKt._click(userMenu, item);

        ChangePasswordView view = _get(ChangePasswordView.class);
        assertThat(location()).isEqualTo("account/password");
        assertThat(view.forcedNotice.isVisible()).as("nobody forces officer1").isFalse();
        assertThat(_get(H1.class, spec -> spec.withClasses("cl-view-title")).getText())
                .isEqualTo("修改密码");
    }

    @Test
    void aUserWhosePasswordWasResetIsSentToTheChangeViewWhateverTheyOpenUntilTheyChangeIt() {
        String username = users.officer("INVEST_1");
        String temporary = users.resetPassword(username);
        loginAs(username);

        for (String target : new String[] {"", "leads", "admin/users", "notifications"}) {
            navigate(target);
            assertThat(location()).as("opening '%s'", target).isEqualTo("account/password");
            assertThat(_get(ChangePasswordView.class).forcedNotice.isVisible()).isTrue();
        }

        fill(_get(ChangePasswordView.class).form, temporary, "Huaihe-Lantern-77", "Huaihe-Lantern-77");

        _get(HomeView.class);
        assertThat(getNotifications()).extracting(NotificationsKt::getText).contains("密码已修改");
        navigate("leads");
        _get(LeadListView.class);
        assertThat(authentication
                        .authenticate(new UsernamePasswordAuthenticationToken(username, "Huaihe-Lantern-77"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void twoDifferentNewEntriesAreRefusedAtTheConfirmationWithoutAskingTheServer() {
        String username = users.officer("INVEST_2");
        loginAs(username);
        navigate("account/password");
        ChangePasswordView view = _get(ChangePasswordView.class);

        fill(view.form, TestUsers.PASSWORD, "Huaihe-Lantern-77", "Huaihe-Lantern-78");

        assertThat(view.form.confirmPassword.isInvalid()).isTrue();
        assertThat(view.form.confirmPassword.getErrorMessage()).isEqualTo("两次输入的新密码不一致");
        assertThat(location()).isEqualTo("account/password");
    }

    @Test
    void theServersRefusalsAppearAtTheirFields() {
        String username = users.officer("INVEST_3");
        loginAs(username);
        navigate("account/password");
        ChangePasswordView view = _get(ChangePasswordView.class);

        fill(view.form, "not-the-password", "Huaihe-Lantern-77", "Huaihe-Lantern-77");
        assertThat(view.form.currentPassword.isInvalid()).isTrue();
        assertThat(view.form.currentPassword.getErrorMessage()).isEqualTo("当前密码不正确");

        fill(view.form, TestUsers.PASSWORD, "password12345", "password12345");
        assertThat(view.form.newPassword.isInvalid()).isTrue();
        assertThat(view.form.newPassword.getErrorMessage()).isEqualTo("该密码过于常见，请换一个");
        assertThat(location()).isEqualTo("account/password");
    }
}
