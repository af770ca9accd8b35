package com.chainleads.coordination.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.coordination.CoordinationTestData;
import com.chainleads.coordination.domain.IssueEventKind;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import com.chainleads.lead.service.HandoverRequest;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Coordination issues through the service as each role uses them: raise, move, close with a reply, instruct and
 * re-open; who sees what (through the lead's visibility); two users on one issue; the supervision list and counts;
 * the lead's changes and deletion.
 */
@IntegrationTest
class CoordinationServiceIT {

    @Autowired
    CoordinationService coordination;

    @Autowired
    IssueQueries queries;

    @Autowired
    DepartmentService departments;

    @Autowired
    IssueExport export;

    @Autowired
    LeadService leads;

    @Autowired
    CoordinationTestData data;

    @Autowired
    SignIn signIn;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private IssueDetails progress(String user, IssueDetails issue, IssueStatus target, String reply) {
        return signIn.as(
                user, () -> coordination.progress(issue.id(), issue.version(), new ProgressDraft(target, reply)));
    }

    @Test
    void anOfficerRaisesMovesAndClosesAnIssueWithTheDepartmentsReply() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("officer1", lead.id(), "项目用地指标尚未下达，影响开工");
        assertThat(raised.status()).isEqualTo(IssueStatus.ASSIGNED);
        assertThat(raised.overdue()).isFalse();
        assertThat(raised.raisedByName()).isEqualTo("李明");

        IssueDetails moving = progress("officer1", raised, IssueStatus.IN_PROGRESS, "");
        IssueDetails closed = progress("officer1", moving, IssueStatus.DONE, "自然资源局已下达用地指标");

        assertThat(closed.status()).isEqualTo(IssueStatus.DONE);
        assertThat(closed.reply()).isEqualTo("自然资源局已下达用地指标");
        assertThat(closed.closedByName()).isEqualTo("李明");
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.history())
                .extracting(IssueHistoryRow::kind)
                .containsExactly(IssueEventKind.RAISED, IssueEventKind.MOVED, IssueEventKind.CLOSED);
    }

    @Test
    void closingWithoutAReplyIsRefusedAtTheReplyField() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("officer1", lead.id(), "施工许可审批材料被退回");

        assertThatThrownBy(() -> progress("officer1", raised, IssueStatus.DONE, " "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("reply", "coordination.error.replyToClose")));
    }

    @Test
    void aDeadlineBeforeTodayAndAnUnsignedLeadAreRefused() {
        LeadDetails signed = data.signedLead("officer1");
        IssueDraft past = data.draft("电力增容方案未批复");
        past.setDeadline(data.today().minusDays(1));
        assertThatThrownBy(() -> signIn.as("officer1", () -> coordination.raise(signed.id(), past)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("deadline", "coordination.error.deadlinePast")));

        LeadDetails registered = data.registeredLead("officer1");
        assertThatThrownBy(() -> data.raise("officer1", registered.id(), "还没签约的项目"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("coordination.error.notSigned");
    }

    @Test
    void anOfficerOfAnotherUnitFindsNeitherTheIssuesNorTheIssue() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("officer1", lead.id(), "天然气管道接入时间未定");

        assertThatThrownBy(() -> signIn.as("officer2", () -> coordination.issuesOf(lead.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress("officer2", raised, IssueStatus.IN_PROGRESS, ""))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> data.raise("officer2", lead.id(), "别的科室的项目"))
                .isInstanceOf(RecordNotFoundException.class);
        List<IssueRow> seenByOfficer2 =
                signIn.as("officer2", () -> queries.list(IssueFilter.open(), PageRequest.of(0, 10_000)));
        assertThat(seenByOfficer2).extracting(IssueRow::id).doesNotContain(raised.id());
        assertThat(signIn.as("officer4", () -> queries.list(IssueFilter.open(), PageRequest.of(0, 10_000))))
                .as("officer4 is of the same unit")
                .extracting(IssueRow::id)
                .contains(raised.id());
    }

    @Test
    void aLeaderRaisesAndInstructsButDoesNotWorkTheIssueAndReopensItWithAReason() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("leader", lead.id(), "企业反映招工困难，需人社局协调");
        assertThat(raised.raisedByName()).isEqualTo("王建国");

        assertThatThrownBy(() -> progress("leader", raised, IssueStatus.IN_PROGRESS, ""))
                .isInstanceOf(AccessDeniedException.class);
        IssueDetails instructed =
                signIn.as("leader", () -> coordination.instruct(raised.id(), raised.version(), "请人社局一周内对接"));
        assertThat(instructed.instruction()).isEqualTo("请人社局一周内对接");
        assertThat(instructed.instructedByName()).isEqualTo("王建国");

        IssueDetails closed = progress("officer1", instructed, IssueStatus.DONE, "已组织专场招聘会");
        assertThatThrownBy(() -> signIn.as("officer1", () -> coordination.reopen(closed.id(), closed.version(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.as("leader", () -> coordination.reopen(closed.id(), closed.version(), " ")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("note", "coordination.error.required")));
        IssueDetails reopened =
                signIn.as("leader", () -> coordination.reopen(closed.id(), closed.version(), "企业反映仍缺技术工人"));

        assertThat(reopened.status()).isEqualTo(IssueStatus.IN_PROGRESS);
        assertThat(reopened.closedByName()).isNull();
        assertThat(reopened.history().get(reopened.history().size() - 1)).satisfies(row -> {
            assertThat(row.kind()).isEqualTo(IssueEventKind.REOPENED);
            assertThat(row.fromStatus()).isEqualTo(IssueStatus.DONE);
            assertThat(row.note()).isEqualTo("企业反映仍缺技术工人");
        });
    }

    @Test
    void theSecondOfTwoUsersMovingTheSameIssueIsRefused() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails seenByBoth = data.raise("officer1", lead.id(), "环评批复尚未取得");

        progress("officer1", seenByBoth, IssueStatus.IN_PROGRESS, "环境局已受理");

        assertThatThrownBy(() -> progress("officer4", seenByBoth, IssueStatus.DONE, "已批复"))
                .isInstanceOfSatisfying(IssueConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("李明");
                    assertThat(e.messageKey()).isEqualTo("coordination.error.conflict");
                });
        IssueDetails stored = signIn.as("officer1", () -> coordination.issuesOf(lead.id()))
                .issues()
                .get(0);
        assertThat(stored.status()).isEqualTo(IssueStatus.IN_PROGRESS);
        assertThat(stored.reply()).isEqualTo("环境局已受理");
    }

    @Test
    void theSupervisionListShowsOverdueIssuesFirstAndFiltersThem() {
        LeadDetails lead = data.signedLead("officer3");
        IssueDetails late = data.raise("officer3", lead.id(), "规划许可逾期未办");
        IssueDetails inTime = data.raise("officer3", lead.id(), "规划许可按期办理");
        data.deadline(late.id(), data.today().minusDays(3));

        List<IssueRow> open = signIn.as("leader", () -> queries.list(IssueFilter.open(), PageRequest.of(0, 10_000)));
        List<Long> ids = open.stream().map(IssueRow::id).toList();
        assertThat(ids.indexOf(late.id())).isLessThan(ids.indexOf(inTime.id()));
        IssueRow lateRow =
                open.stream().filter(r -> r.id() == late.id()).findFirst().orElseThrow();
        assertThat(lateRow.overdue()).isTrue();
        assertThat(lateRow.daysOverdue()).isEqualTo(3);
        assertThat(lateRow.leadNo()).isEqualTo(lead.leadNo());
        assertThat(lateRow.unitNameZh()).isEqualTo("招商三科");

        List<IssueRow> overdue =
                signIn.as("leader", () -> queries.list(IssueFilter.overdue(), PageRequest.of(0, 10_000)));
        assertThat(overdue).allMatch(IssueRow::overdue).extracting(IssueRow::id).contains(late.id());
        assertThat(overdue).extracting(IssueRow::id).doesNotContain(inTime.id());
        long counted = signIn.as("leader", () -> queries.count(IssueFilter.overdue()));
        assertThat(counted).isEqualTo(overdue.size());

        IssueFilter otherDepartment = IssueFilter.open().withDepartment("POWER_SUPPLY");
        assertThat(signIn.as("leader", () -> queries.list(otherDepartment, PageRequest.of(0, 10_000))))
                .extracting(IssueRow::id)
                .doesNotContain(late.id(), inTime.id());
        IssueFilter approval = IssueFilter.open().withType(IssueType.APPROVAL);
        assertThat(signIn.as("leader", () -> queries.list(approval, PageRequest.of(0, 10_000))))
                .extracting(IssueRow::id)
                .doesNotContain(late.id());
    }

    @Test
    void openCountsArePerLeadAndPerDepartment() {
        LeadDetails lead = data.signedLead("officer2");
        data.raise("officer2", lead.id(), "资金拨付流程卡在财政");
        IssueDetails closing = data.raise("officer2", lead.id(), "供电线路迁改");
        progress("officer2", closing, IssueStatus.DONE, "已迁改");

        Map<Long, Long> perLead = signIn.as("leader", () -> queries.openCountsOfLeads(List.of(lead.id(), -5L)));
        assertThat(perLead).containsExactly(Map.entry(lead.id(), 1L));
        assertThat(signIn.as("officer1", () -> queries.openCountsOfLeads(List.of(lead.id()))))
                .as("another unit's lead counts nothing")
                .isEmpty();
        long department = data.department("NATURAL_RESOURCES").id();
        long before =
                signIn.as("officer2", () -> queries.openCountsByDepartment()).getOrDefault(department, 0L);
        data.raise("officer2", lead.id(), "土地出让金分期缴纳");
        assertThat(signIn.as("officer2", () -> queries.openCountsByDepartment()))
                .containsEntry(department, before + 1);
    }

    @Test
    void aHandoverCarriesTheIssuesToTheNewUnit() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("officer1", lead.id(), "消防审验排期太晚");
        AppUserPrincipal officer2 = (AppUserPrincipal) users.loadUserByUsername("officer2");

        signIn.as(
                "officer1",
                () -> leads.handOver(
                        lead.id(), lead.version(), new HandoverRequest(officer2.userId(), officer2.unitId(), "企业要求")));

        assertThat(signIn.as("officer2", () -> queries.list(IssueFilter.open(), PageRequest.of(0, 10_000))))
                .filteredOn(r -> r.id() == raised.id())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.ownerName()).isEqualTo("张丽");
                    assertThat(row.unitNameZh()).isEqualTo("招商二科");
                });
        assertThat(signIn.as("officer1", () -> queries.list(IssueFilter.open(), PageRequest.of(0, 10_000))))
                .extracting(IssueRow::id)
                .doesNotContain(raised.id());
    }

    @Test
    void aDeletedLeadTakesItsIssuesWithIt() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("officer1", lead.id(), "项目终止前的遗留问题");
        signIn.as("leader", () -> coordination.instruct(raised.id(), raised.version(), "尽快办结"));

        signIn.as("admin", () -> leads.delete(lead.id(), lead.version()));

        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_issue where lead_id = ?", Long.class, lead.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_issue_event where issue_id = ?", Long.class, raised.id()))
                .isZero();
    }

    @Test
    void aDeactivatedDepartmentCannotBeChosenForANewIssue() {
        DepartmentRow added = signIn.as(
                "admin",
                () -> departments.add(
                        new DepartmentCommand("TEST_DEPT_" + System.nanoTime() % 100000, "测试局", "Test Bureau")));
        assertThat(added.id()).isGreaterThan(18);
        assertThat(added.active()).isTrue();
        DepartmentRow off = signIn.as("admin", () -> departments.setActive(added.id(), added.version(), false));
        assertThat(off.active()).isFalse();
        LeadDetails lead = data.signedLead("officer1");
        IssueDraft draft = data.draft("选了停用的单位");
        draft.setDepartmentId(added.id());

        assertThatThrownBy(() -> signIn.as("officer1", () -> coordination.raise(lead.id(), draft)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("departmentId", "coordination.error.departmentInactive")));
        assertThat(signIn.as("officer1", () -> departments.active()))
                .extracting(DepartmentRow::id)
                .doesNotContain(added.id());
        assertThatThrownBy(() ->
                        signIn.as("officer1", () -> departments.add(new DepartmentCommand("X_Y", "某局", "Some Bureau"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRenamedProjectShowsInTheListAndOpenFormsOfItsIssuesStayValid() {
        LeadDetails lead = data.signedLead("officer1");
        IssueDetails raised = data.raise("officer1", lead.id(), "改名前提出的问题");
        // back to 线索登记 behind the application's back, so an edit needs no signing facts
        data.leads().stage(lead.id(), com.chainleads.lead.domain.LeadStage.REGISTERED);
        var draft = lead.draft().copy();
        draft.setProjectName("改名后的项目" + lead.leadNo());

        signIn.as("officer1", () -> leads.update(lead.id(), lead.version(), draft));

        assertThat(signIn.as("leader", () -> queries.list(IssueFilter.open(), PageRequest.of(0, 10_000))))
                .filteredOn(r -> r.id() == raised.id())
                .singleElement()
                .satisfies(row -> assertThat(row.projectName()).isEqualTo("改名后的项目" + lead.leadNo()));
        IssueDetails moved = progress("officer1", raised, IssueStatus.IN_PROGRESS, "");
        assertThat(moved.status()).isEqualTo(IssueStatus.IN_PROGRESS);
    }

    @Test
    void theExportHoldsTheFilteredIssuesWithTheFilterInItsTitle() throws Exception {
        LeadDetails lead = data.signedLead("officer3");
        IssueDetails late = data.raise("officer3", lead.id(), "导出测试：逾期的问题");
        data.deadline(late.id(), data.today().minusDays(6));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        long written =
                signIn.as("leader", () -> export.write(IssueFilter.overdue(), "只看逾期", java.util.Locale.CHINA, out));

        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("问题督办 · 只看逾期");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("线索编号");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo((int) written);
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(10).getStringCellValue().equals("导出测试：逾期的问题")) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(lead.leadNo());
                    assertThat(sheet.getRow(r).getCell(9).getNumericCellValue()).isEqualTo(6.0);
                }
            }
            assertThat(found).isTrue();
        }
    }
}
