package com.chainleads.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Case 12: in production mode a user never sees a stack trace or an exception's text. A page that fails and an
 * action that fails both show a plain message with an error id; the log has the trace under that id.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
@ExtendWith(OutputCaptureExtension.class)
class ErrorsInProductionModeTest extends KaribuTest {

    static final String SECRET = "secret internal detail from com.chainleads.SomeRepository";
    static final Pattern ERROR_ID = Pattern.compile("错误编号：([0-9a-f]{8})");

    /** A page that fails while opening, registered for this session only. */
    @PermitAll
    public static class FailingView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {
        @Override
        public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
            if (event.getLocation().getPath().endsWith("db")) {
                throw new CannotCreateTransactionException("Could not open JPA EntityManager: " + SECRET);
            }
            throw new IllegalStateException(SECRET);
        }
    }

    @BeforeEach
    void signInAndRegisterFailingPages() {
        loginAs("officer1");
        RouteConfiguration.forSessionScope().setRoute("test/fails", FailingView.class);
        RouteConfiguration.forSessionScope().setRoute("test/fails/db", FailingView.class);
    }

    private static String errorId(String text) {
        Matcher id = ERROR_ID.matcher(text);
        assertThat(id.find()).as("an error id in: " + text).isTrue();
        return id.group(1);
    }

    @Test
    void theApplicationRunsInProductionMode() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode())
                .isTrue();
    }

    @Test
    void aPageThatFailsShowsAMessageAndAnErrorIdButNoTrace(CapturedOutput output) {
        navigate("test/fails");

        ErrorView view = _get(ErrorView.class);
        String shown = view.getElement().getTextRecursively();
        assertThat(shown).contains("操作未能完成，请重试");
        assertThat(shown).doesNotContain("secret", "IllegalStateException", "Exception", "at com.", ".java:");
        String id = errorId(shown);
        assertThat(output.getOut())
                .contains("[error id " + id + "]")
                .contains("java.lang.IllegalStateException: " + SECRET)
                .contains("at com.chainleads.base.ui.ErrorsInProductionModeTest$FailingView.beforeEnter");
    }

    @Test
    void aPageThatFailsForWantOfTheDatabaseSaysSo() {
        navigate("test/fails/db");
        String shown = _get(ErrorView.class).getElement().getTextRecursively();
        assertThat(shown).contains("数据库暂时不可用").doesNotContain("JPA", "secret");
        errorId(shown);
    }

    @Test
    void anActionThatFailsShowsANotificationWithAnErrorIdButNoTrace(CapturedOutput output) {
        navigate("");
        Button failing = new Button("出错", e -> {
            throw new IllegalArgumentException(SECRET);
        });
        _get(MainLayout.class).addToNavbar(failing);
        try {
            failing.click();
        } catch (RuntimeException thrown) {
            // what Vaadin does with an exception from a listener: hand it to the session's error handler
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        }
        MockVaadin.clientRoundtrip();

        String shown = getNotifications().stream().map(NotificationsKt::getText).reduce("", String::concat);
        assertThat(shown).contains("操作未能完成").doesNotContain("secret", "IllegalArgumentException");
        String id = errorId(shown);
        assertThat(output.getOut())
                .contains("Unexpected error [error id " + id + "]")
                .contains("java.lang.IllegalArgumentException: " + SECRET);
    }
}
