package com.chainleads.lead.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.demo.DemoLeadGenerator;
import com.chainleads.lead.demo.DemoLeadWriter;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadSortKey;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTotals;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.service.FollowUpDraft;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.LeadTableReference;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.search.engine.common.EntityReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lead list from the search index: Chinese text, codes and numbers, literal input, visibility, every sort
 * and filter agreeing with the table, deep pages, and leads written by every path — Hibernate, the demo data,
 * the benchmark generator, plain SQL — found.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LeadSearchIT {

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    LeadQueries queries;

    @Autowired
    LeadIndex index;

    @Autowired
    LeadIndexSync sync;

    @Autowired
    FailedIndexWrites failures;

    @Autowired
    LeadRepository repository;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    LeadTableReference table;

    @Autowired
    com.chainleads.lead.summary.LeadSummaries summaries;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private LeadDetails create(String user, String project, String investor) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(project);
        draft.setInvestorName(investor);
        draft.setSectorId(signIn.as("admin", () -> chains.sectors().get(0).id()));
        draft.setChannel(LeadChannel.EXPO);
        return signIn.as(user, () -> leads.create(draft));
    }

    private List<Long> found(String user, String text) {
        return signIn.as(user, () -> queries.findRows(LeadFilter.NONE.withText(text), PageRequest.of(0, 100))).stream()
                .map(LeadRow::id)
                .toList();
    }

    @Test
    void chineseNamesAreFoundByAnyRunOfTheirCharacters() {
        String tag = unique();
        LeadDetails lead = create("officer1", "年产五万吨电子化学品项目" + tag, "华鼎科技" + tag + "有限公司");

        assertThat(found("officer1", "华鼎")).contains(lead.id());
        assertThat(found("officer1", "鼎科")).contains(lead.id());
        assertThat(found("officer1", "华鼎科技" + tag)).containsExactly(lead.id());
        assertThat(found("officer1", "电子化学品")).contains(lead.id());
        assertThat(found("officer1", "吨")).contains(lead.id());
        assertThat(found("officer1", "科华鼎" + tag)).doesNotContain(lead.id());
        assertThat(found("officer1", "华鼎 " + tag)).containsExactly(lead.id()); // both words, in any field
    }

    @Test
    void aCreditCodePrefixOrTheLeadNumberFindsItsLead() {
        String code = CreditCode.complete(
                        "91420100" + unique().toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "7") + "55")
                .value();
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("代码检索项目" + unique());
        draft.setInvestorName("代码检索" + unique() + "有限公司");
        draft.setCreditCode(code);
        draft.setSectorId(signIn.as("admin", () -> chains.sectors().get(0).id()));
        draft.setChannel(LeadChannel.EXPO);
        LeadDetails lead = signIn.as("officer1", () -> leads.create(draft));

        assertThat(found("officer1", code.substring(0, 12))).contains(lead.id());
        assertThat(found("officer1", code.toLowerCase())).containsExactly(lead.id());
        assertThat(found("officer1", lead.leadNo())).containsExactly(lead.id());
        assertThat(found("officer1", lead.leadNo().toLowerCase())).containsExactly(lead.id());
        String sequence = lead.leadNo().substring(lead.leadNo().lastIndexOf('-') + 1);
        assertThat(found("officer1", sequence)).contains(lead.id());
    }

    @Test
    void queryLanguageInTheSearchBoxIsPlainText() {
        String tag = unique();
        LeadDetails lead = create("officer1", "括号(测试)项目" + tag, "星号*测试" + tag + "有限公司");
        for (String typed : List.of(
                "\"",
                "*",
                "(",
                ")",
                "\\",
                "AND",
                "OR",
                "NOT",
                "*:*",
                "a AND b",
                "[1 TO 9]",
                "title:x",
                "~",
                "?",
                "/.*/",
                "&&",
                "||",
                "!")) {
            List<Long> rows = found("leader", typed);
            assertThat(rows).as(typed).doesNotContain(lead.id());
        }
        assertThat(found("leader", "(测试)" + tag)).containsExactly(lead.id());
        assertThat(found("leader", "星号*测试" + tag)).containsExactly(lead.id());
        assertThat(signIn.as(
                        "leader",
                        () -> queries.totals(LeadFilter.NONE.withText("*")).count()))
                .isZero();
    }

    @Test
    void peopleMetInFollowUpsAndTheReferrerAreSearchable() {
        String tag = unique();
        LeadDetails lead = create("officer1", "联系人检索项目" + tag, "联系人检索" + tag + "有限公司");
        assertThat(found("officer1", "欧阳经理" + tag)).isEmpty();

        FollowUpDraft followUp = new FollowUpDraft();
        followUp.setFollowUpOn(LocalDate.now(clock));
        followUp.setMethod(FollowUpMethod.PHONE);
        followUp.setPeopleMet("欧阳经理" + tag + "、李总");
        followUp.setContent("电话沟通");
        followUp.setNextFollowUpOn(LocalDate.now(clock).plusDays(3));
        signIn.as("officer1", () -> activity.addFollowUp(lead.id(), followUp));

        assertThat(found("officer1", "欧阳经理" + tag)).containsExactly(lead.id());
        // the follow-up moved the lead's next follow-up date, which the index has too
        LeadFilter dueSoon = LeadFilter.NONE
                .withText(tag)
                .withNextFollowUp(
                        LocalDate.now(clock).plusDays(3), LocalDate.now(clock).plusDays(3));
        assertThat(signIn.as("officer1", () -> queries.count(dueSoon))).isEqualTo(1);

        LeadDetails current = signIn.as("officer1", () -> leads.load(lead.id()));
        LeadDraft draft = current.draft();
        draft.setChannel(LeadChannel.REFERRER);
        draft.setReferrer("诸葛引荐" + tag);
        signIn.as("officer1", () -> leads.update(lead.id(), current.version(), draft));
        assertThat(found("officer1", "诸葛引荐" + tag)).containsExactly(lead.id());
    }

    @Test
    void anOfficerFindsOnlyTheirUnitsLeadsByText() {
        String tag = unique();
        LeadDetails lead = create("officer1", "可见性检索项目" + tag, "可见性检索" + tag + "有限公司");
        assertThat(found("officer4", tag)).containsExactly(lead.id()); // same unit 招商一科
        assertThat(found("officer2", tag)).isEmpty();
        assertThat(found("leader", tag)).containsExactly(lead.id());
        assertThat(signIn.as(
                        "officer2",
                        () -> queries.totals(LeadFilter.NONE.withText(tag)).count()))
                .isZero();
    }

    @Test
    void everySortOfTheListIsTheTablesOrder() {
        assertThat(IndexConsistency.differences(jdbc, index)).isEmpty();
        for (String user : List.of("leader", "officer1")) {
            for (LeadSortKey key : LeadSortKey.values()) {
                for (Sort.Direction direction : Sort.Direction.values()) {
                    PageRequest page = PageRequest.of(0, 2_000, Sort.by(direction, key.property()));
                    List<Long> fromIndex = signIn.as(user, () -> queries.findRows(LeadFilter.NONE, page)).stream()
                            .map(LeadRow::id)
                            .toList();
                    List<Long> fromTable = signIn.as(user, () -> tableRows(LeadFilter.NONE, page));
                    assertThat(fromIndex)
                            .as("%s %s %s", user, key, direction)
                            .isEqualTo(inTheIndexsNameOrder(fromTable, key, direction));
                }
            }
        }
    }

    /**
     * Names sort case-insensitively by code point in the index (the lead list's documented order); a database
     * collation may place punctuation elsewhere (MariaDB's utf8mb4_unicode_ci puts "·" before digits). For a name
     * column the table's rows are put in that order, keeping the table's order among equal names (id desc).
     */
    private List<Long> inTheIndexsNameOrder(List<Long> tableOrder, LeadSortKey key, Sort.Direction direction) {
        String column = switch (key) {
            case PROJECT -> "l.project_name";
            case INVESTOR -> "l.investor_name";
            case OWNER -> "u.display_name";
            default -> null;
        };
        if (column == null) {
            return tableOrder;
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query(
                "select l.id, " + column + " from investment_lead l join app_user u on u.id = l.owner_id",
                (java.sql.ResultSet rs) -> {
                    String name = rs.getString(2);
                    names.put(rs.getLong(1), name == null ? null : LeadIndexFields.sortable(name));
                });
        java.util.Comparator<Long> byName = java.util.Comparator.comparing(
                names::get, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        List<Long> ordered = new ArrayList<>(tableOrder);
        ordered.sort(direction.isAscending() ? byName : byName.reversed());
        return ordered;
    }

    /** The rows the table's own query gives (what the list showed before the index). */
    private List<Long> tableRows(LeadFilter filter, PageRequest page) {
        return repository.findRowSlice(queriesSpecification(filter), page).stream()
                .map(LeadRow::id)
                .toList();
    }

    private org.springframework.data.jpa.domain.Specification<Lead> queriesSpecification(LeadFilter filter) {
        return table.specification(filter);
    }

    @Test
    void everyFilterCountsAndSumsAsTheTableDoes() {
        LocalDate today = LocalDate.now(clock);
        String someLink = signIn.as("admin", () -> chains.allLinks().get(3).code());
        List<LeadFilter> filters = List.of(
                LeadFilter.NONE,
                LeadFilter.NONE.withSectors(Set.of("ELECTRONIC_INFORMATION")),
                LeadFilter.NONE
                        .withSectors(Set.of("NEW_MATERIALS", "BIOMEDICINE"))
                        .withStages(LeadStage.ACTIVE),
                LeadFilter.NONE.withChainLink(someLink),
                LeadFilter.NONE.withStages(Set.of(LeadStage.NEGOTIATING)).withInvestment(new BigDecimal("10000"), null),
                LeadFilter.NONE.withInvestment(null, new BigDecimal("5000")),
                LeadFilter.NONE.withUnit("INVEST_2"),
                LeadFilter.NONE.withOwner("officer2"),
                LeadFilter.NONE.withQualifications(Set.of(QualificationTag.LISTED)),
                LeadFilter.NONE.withHotIndustry(true),
                LeadFilter.NONE.withReported(today.minusDays(90), today.minusDays(10)),
                LeadFilter.NONE.withNextFollowUp(today, today.plusDays(30)),
                LeadFilter.NONE.with(b -> b.channels = Set.of(LeadChannel.EXPO, LeadChannel.SELF)),
                LeadFilter.NONE.with(b -> b.regions = Set.of(com.chainleads.lead.domain.OriginRegion.YANGTZE_DELTA)),
                LeadFilter.NONE.with(b -> b.projectTypes = Set.of(com.chainleads.lead.domain.ProjectType.EXPANSION)),
                LeadFilter.NONE.withSigned(today.withDayOfYear(1), today),
                LeadFilter.NONE.withLanded(today.minusYears(2), today),
                LeadFilter.NONE.withActivity(null, today.minusDays(60)),
                LeadFilter.NONE.withReachedStage(LeadStage.NEGOTIATING),
                LeadFilter.NONE.withSectors(Set.of("NO_SUCH_SECTOR")));
        for (String user : List.of("leader", "officer1", "officer2")) {
            for (LeadFilter filter : filters) {
                LeadTotals fromIndex = signIn.as(user, () -> queries.totals(filter));
                LeadTotals fromTable = signIn.as(user, () -> repository.totals(queriesSpecification(filter)));
                assertThat(fromIndex.count()).as("%s %s", user, filter).isEqualTo(fromTable.count());
                assertThat(fromIndex.totalInvestment())
                        .as("%s %s", user, filter)
                        .isEqualByComparingTo(fromTable.totalInvestment());
                PageRequest page = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "updatedAt"));
                assertThat(signIn.as(user, () -> queries.findRows(filter, page)).stream()
                                .map(LeadRow::id)
                                .toList())
                        .as("%s %s", user, filter)
                        .isEqualTo(signIn.as(user, () -> tableRows(filter, page)));
            }
        }
    }

    @Test
    void deepPagesAreTheSameRowsAsPagingThroughTheWholeList() {
        LeadFilter filter = LeadFilter.NONE;
        for (LeadSortKey key : List.of(
                LeadSortKey.UPDATED,
                LeadSortKey.TOTAL_INVESTMENT,
                LeadSortKey.STAGE,
                LeadSortKey.PROJECT,
                LeadSortKey.NEXT_FOLLOW_UP,
                LeadSortKey.OWNER)) {
            for (boolean ascending : List.of(true, false)) {
                List<LeadIndex.Order> orders = List.of(new LeadIndex.Order(key, ascending));
                var query = new org.apache.lucene.search.MatchAllDocsQuery();
                long total = index.count(query);
                List<Long> all = index.ids(query, orders, 0, (int) total);
                for (long offset : List.of(0L, 17L, total / 2, Math.max(0, total - 10))) {
                    List<Long> collected = all.subList((int) offset, (int) Math.min(total, offset + 50));
                    assertThat(index.deepIds(query, orders, offset, 50))
                            .as("%s %s from %d", key, ascending, offset)
                            .isEqualTo(collected);
                }
            }
        }
    }

    @Test
    void deepPagesStayTheSameRowsAsPagingAfterSavesLeaveDeletedDocumentsBehind() {
        List<org.apache.lucene.search.Query> queries = List.of(
                new org.apache.lucene.search.MatchAllDocsQuery(),
                org.apache.lucene.document.LongPoint.newRangeQuery(LeadIndexFields.INVESTMENT, 0, 500_000_00L));
        List<List<LeadIndex.Order>> orders = List.of(
                List.of(new LeadIndex.Order(LeadSortKey.UPDATED, false)),
                List.of(new LeadIndex.Order(LeadSortKey.TOTAL_INVESTMENT, false)),
                List.of(new LeadIndex.Order(LeadSortKey.TOTAL_INVESTMENT, true)),
                List.of());
        assertDeepPagesMatchCollectedPages(queries, orders); // each segment's sorted keys are kept from here on

        // saves delete the leads' old documents in their segments and add new ones, with a new latest update
        // time and new extreme amounts; a new lead adds a new id
        List<LeadRow> some = signIn.as(
                "officer1", () -> this.queries.findRows(LeadFilter.NONE, PageRequest.of(0, 3, Sort.by("id"))));
        List<String> amounts = List.of("0.01", "99999.99", "321.00");
        for (int i = 0; i < some.size(); i++) {
            long id = some.get(i).id();
            LeadDetails current = signIn.as("officer1", () -> leads.load(id));
            LeadDraft draft = current.draft();
            draft.setTotalInvestment(new BigDecimal(amounts.get(i)));
            draft.setNumber(com.chainleads.lead.domain.Economics.FIXED_ASSET_INVESTMENT, null);
            signIn.as("officer1", () -> leads.update(id, current.version(), draft));
        }
        create("officer1", "深页新项目" + unique(), "深页新" + unique() + "有限公司");

        assertDeepPagesMatchCollectedPages(queries, orders);
    }

    private void assertDeepPagesMatchCollectedPages(
            List<org.apache.lucene.search.Query> queries, List<List<LeadIndex.Order>> orders) {
        for (var query : queries) {
            long total = index.count(query);
            for (List<LeadIndex.Order> order : orders) {
                List<Long> all = index.ids(query, order, 0, (int) total);
                for (long offset : List.of(0L, 3L, total / 3, total / 2, Math.max(0, total - 7), total)) {
                    List<Long> collected =
                            all.subList((int) Math.min(total, offset), (int) Math.min(total, offset + 50));
                    assertThat(index.deepIds(query, order, offset, 50))
                            .as("%s %s from %d of %d", query, order, offset, total)
                            .isEqualTo(collected);
                }
            }
        }
    }

    @Test
    void leadsWrittenByTheDemoDataTheGeneratorAndPlainSqlAreFound() throws Exception {
        // the demo data (Liquibase, JDBC) was indexed at start: the index holds every lead of the table
        long inTable = jdbc.queryForObject("select count(*) from investment_lead", Long.class);
        assertThat((long) index.indexedLeads().size()).isEqualTo(inTable);
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE))).isEqualTo(inTable);

        // the benchmark's generator writes leads with JDBC batches
        List<Long> generated = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            DemoLeadGenerator generator = new DemoLeadGenerator(
                    42,
                    LocalDate.now(clock),
                    clock.getZone(),
                    DemoLeadGenerator.sectorsFrom(DemoLeadWriter.readSectors(connection)),
                    DemoLeadWriter.readOfficers(connection),
                    DemoLeadWriter.readLeaders(connection));
            DemoLeadWriter writer = new DemoLeadWriter(connection, 50);
            generator.continueNumbering(writer.readCounters());
            long firstId = writer.maxLeadId() + 1;
            var batch = generator.generate(5);
            writer.write(batch, firstId);
            writer.updateCounters(generator.nextNumbers());
            connection.commit();
            for (int i = 0; i < batch.size(); i++) {
                generated.add(firstId + i);
            }
        }
        // plain SQL: a copy of a generated lead under a new number, and one lead changed in place
        long copied = jdbc.queryForObject("select max(id) from investment_lead", Long.class) + 1;
        String tag = unique();
        jdbc.update(
                "insert into investment_lead (id, version, lead_no, project_name, investor_name, sector_id, channel,"
                        + " hot_industry, first_reporter_id, first_reported_at, owner_id, unit_id, stage, stage_rank,"
                        + " stage_entered_on, last_activity_on, furthest_stage_rank, created_at, updated_at, investor_name_key,"
                        + " investor_brand, investor_name_version) select ?, 0, ?, ?, investor_name, sector_id, channel,"
                        + " hot_industry, first_reporter_id, first_reported_at, owner_id, unit_id, stage, stage_rank,"
                        + " stage_entered_on, last_activity_on, furthest_stage_rank, created_at, updated_at, investor_name_key,"
                        + " investor_brand, investor_name_version from investment_lead where id = ?",
                copied,
                "ZS-1999-" + tag,
                "原生SQL项目" + tag,
                generated.get(0));
        // and one indexed lead deleted with plain SQL
        LeadDetails doomed = create("officer1", "原生删除项目" + tag, "原生删除" + tag + "有限公司");
        long deleted = doomed.id();
        for (String child : List.of("lead_follow_up", "lead_stage_change", "lead_qualification")) {
            jdbc.update("delete from " + child + " where lead_id = ?", deleted);
        }
        jdbc.update("delete from investment_lead where id = ?", deleted);
        assertThat(found("leader", "原生删除项目" + tag)).isEmpty(); // the row is gone: the list shows nothing
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE.withText("原生删除项目" + tag))))
                .isEqualTo(1); // but the index still counts it
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE.withText("原生SQL项目" + tag))))
                .isZero();

        sync.catchUp();
        summaries.rebuild(); // the summaries are told of writes behind Hibernate's back by a rebuild

        String generatedName = jdbc.queryForObject(
                "select project_name from investment_lead where id = ?", String.class, generated.get(2));
        assertThat(found("leader", generatedName)).contains(generated.get(2));
        assertThat(found("leader", "原生SQL项目" + tag)).containsExactly(copied);
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE.withText("原生删除项目" + tag))))
                .isZero();
        assertThat((long) index.indexedLeads().size())
                .isEqualTo(jdbc.queryForObject("select count(*) from investment_lead", Long.class));
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE)))
                .isEqualTo(jdbc.queryForObject("select count(*) from investment_lead", Long.class));
    }

    @Test
    void aFailedIndexWriteIsLoggedWithTheLeadIdAndWrittenAgain(CapturedOutput output) {
        String tag = unique();
        LeadDetails lead = create("officer1", "补写索引项目" + tag, "补写索引" + tag + "有限公司");
        // the document is lost, as if its write had failed after the commit
        sync.remove(lead.id());
        assertThat(found("officer1", "补写索引项目" + tag)).isEmpty();

        failures.failed(List.of(new LeadReference(lead.id())), new java.io.IOException("disk full"));
        assertThat(output.getOut()).contains("Search index write failed for lead ids [" + lead.id() + "]");
        sync.retryFailedWrites();

        assertThat(found("officer1", "补写索引项目" + tag)).containsExactly(lead.id());
        assertThat(failures.waiting()).isZero();
    }

    @Test
    void aDocumentLeftOlderThanItsRowAmongNewerOnesIsWrittenAgainByThePeriodicLook(CapturedOutput output) {
        String tag = unique();
        LeadDetails lead = create("officer1", "落后文档项目" + tag, "落后文档" + tag + "有限公司");
        create("officer1", "较新文档项目" + tag, "较新文档" + tag + "有限公司");
        sync.catchUp(); // every document in step
        // the lead's document holds a state older than the newest documents (the clock may stand still in tests)
        LocalDateTime latest = jdbc.queryForObject("select max(updated_at) from investment_lead", LocalDateTime.class);
        jdbc.update("update investment_lead set updated_at = ? where id = ?", latest.minusHours(1), lead.id());
        failures.failed(List.of(new LeadReference(lead.id())), new java.io.IOException("rewrite"));
        sync.retryFailedWrites();
        // then the row moves on while its document stays behind: what two racing saves left before their index
        // writes kept the commit order; the totals (count, latest change) see nothing
        jdbc.update(
                "update investment_lead set project_name = ?, updated_at = ? where id = ?",
                "追上文档项目" + tag,
                latest,
                lead.id());
        assertThat(found("officer1", "追上文档项目" + tag)).isEmpty();

        sync.periodically();

        assertThat(output.getOut()).contains("recently changed leads held an older state");
        assertThat(found("officer1", "追上文档项目" + tag)).containsExactly(lead.id());
    }

    private record LeadReference(long leadId) implements EntityReference {
        @Override
        public Class<?> type() {
            return Lead.class;
        }

        @Override
        public String name() {
            return "Lead";
        }

        @Override
        public Object id() {
            return leadId;
        }
    }

    @Test
    void theUserWhoSavedSeesTheChangeAtOnce() {
        String tag = unique();
        LeadDetails lead = create("officer1", "即时可见项目" + tag, "即时可见" + tag + "有限公司");
        LeadDraft draft = lead.draft();
        draft.setTotalInvestment(new BigDecimal("12345.67"));
        draft.setProjectName("改名后的项目" + tag);
        signIn.as("officer1", () -> leads.update(lead.id(), lead.version(), draft));

        LeadTotals totals = signIn.as("officer1", () -> queries.totals(LeadFilter.NONE.withText("改名后的项目" + tag)));
        assertThat(totals.count()).isEqualTo(1);
        assertThat(totals.totalInvestment()).isEqualByComparingTo("12345.67");
        assertThat(found("officer1", "即时可见项目" + tag)).isEmpty();
    }

    @Test
    void aDeletedLeadLeavesTheIndex() {
        String tag = unique();
        LeadDetails lead = create("officer1", "删除检索项目" + tag, "删除检索" + tag + "有限公司");
        signIn.as("officer1", () -> leads.delete(lead.id(), lead.version()));
        assertThat(found("officer1", tag)).isEmpty();
        assertThat((long) index.indexedLeads().size())
                .isEqualTo(jdbc.queryForObject("select count(*) from investment_lead", Long.class));
    }

    @Test
    void theListReportsTheIndexReady() {
        assertThat(signIn.as("leader", () -> queries.indexProgress()).ready()).isTrue();
    }
}
