package com.chainleads.base.db;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.ErrorMessages;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.ui.LeadView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.RequiresMysqlTools;
import com.chainleads.testsupport.SignIn;
import com.chainleads.testsupport.ThrowawayMariaDb;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Case 16: the database goes away while an officer is working — a MariaDB server of this test's own, killed and
 * started again on the same data and port. The officer is told plainly that the database is unavailable and
 * that nothing was saved, quickly; nothing saved before is lost; once the database is back the same form saves,
 * without restarting the portal. Runs in the MySQL pass.
 */
@RequiresMysqlTools({"mariadbd|mysqld", "mariadb-install-db|mysql_install_db"})
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIT extends KaribuTest {

    private static ThrowawayMariaDb database;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) throws Exception {
        database = ThrowawayMariaDb.create();
        properties.add("spring.datasource.url", database::url);
        properties.add("spring.datasource.username", () -> ThrowawayMariaDb.USER);
        properties.add("spring.datasource.password", () -> ThrowawayMariaDb.PASSWORD);
        properties.add("spring.liquibase.contexts", () -> "demo");
    }

    @AfterAll
    static void removeDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    SignIn signIn;

    /** A click as the browser sends it: an exception goes to the session's error handler, as Vaadin does. */
    private static void click(Button button) {
        try {
            button.click();
        } catch (RuntimeException error) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
        }
        MockVaadin.clientRoundtrip();
    }

    private static String notificationTexts() {
        return String.join(
                " | ", getNotifications().stream().map(NotificationsKt::getText).toList());
    }

    @SuppressWarnings("unchecked")
    private static void typeNewLead(String project) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("项目名称")), project);
        _setValue(_get(TextField.class, spec -> spec.withLabel("投资主体")), "郑州停电测试科技有限公司");
        ComboBox<SectorOption> sector = _get(ComboBox.class, spec -> spec.withLabel("产业领域"));
        _setValue(
                sector,
                sector.getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("BIOMEDICINE"))
                        .findFirst()
                        .orElseThrow());
        _setValue((Select<LeadChannel>) _get(Select.class, spec -> spec.withLabel("招商渠道")), LeadChannel.EXPO);
    }

    @Test
    void theOfficerIsToldTheDatabaseIsUnavailableLosesNothingAndSavesOnceItIsBack() throws Exception {
        LeadDraft before = new LeadDraft();
        before.setProjectName("停库前已保存" + UUID.randomUUID().toString().substring(0, 6));
        before.setInvestorName("停库前测试有限公司");
        before.setSectorId(1L);
        before.setChannel(LeadChannel.SELF);
        LeadDetails confirmed = signIn.as("officer1", () -> leads.create(before));

        loginAs("officer1");
        navigate("leads/new");
        _get(LeadView.class);
        String project = "停库期间录入" + UUID.randomUUID().toString().substring(0, 6);
        typeNewLead(project);
        Button save = _get(Button.class, spec -> spec.withText("保存"));

        database.kill();

        long started = System.nanoTime();
        click(save);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).as("a fast answer, not a hanging page").isLessThan(Duration.ofSeconds(15));
        assertThat(notificationTexts()).contains("数据库暂时不可用，您的操作未保存。请稍后重试。").contains("错误编号");
        assertThat(_get(TextField.class, spec -> spec.withLabel("项目名称")).getValue())
                .as("the typed input stays on the form")
                .isEqualTo(project);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("leads/new");
        assertThatThrownBy(() -> signIn.as("officer1", () -> leads.load(confirmed.id())))
                .satisfies(e -> assertThat(ErrorMessages.describe(e).key()).isEqualTo("error.databaseUnavailable"));

        database.start(); // same data directory and port; the portal is not restarted
        clearNotifications();

        click(save);
        assertThat(notificationTexts()).contains("已登记").doesNotContain("数据库");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("leads/\\d+");
        assertThat(_get(H2.class, spec -> spec.withClasses("cl-lead-title")).getText())
                .endsWith(project);

        LeadDetails stillThere = signIn.as("officer1", () -> leads.load(confirmed.id()));
        assertThat(stillThere.draft().getProjectName()).isEqualTo(before.getProjectName());
        assertThat(stillThere.leadNo()).isEqualTo(confirmed.leadNo());
        assertThat(signIn.as("officer1", () -> queries.count(LeadFilter.NONE.withText(project))))
                .as("saved once, not twice")
                .isEqualTo(1);
    }
}
