package com.chainleads.practice.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.claim.PracticeTestData;
import com.chainleads.claim.domain.InvestorKey;
import com.chainleads.claim.domain.InvestorNameNormalizer;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadImportRow;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The investor-name keys beside each lead: the demo leads have them, saved leads keep them, stale ones are redone. */
@IntegrationTest
class InvestorNameKeysChangeIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PracticeTestData data;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadImports imports;

    @Autowired
    AppUserRepository users;

    @Autowired
    SignIn signIn;

    @Test
    void everyLeadHasKeysOfTheCurrentNormaliserIncludingTheDemoLeads() {
        Integer stale = jdbc.queryForObject(
                "select count(*) from investment_lead where investor_name_version is null "
                        + "or investor_name_version <> ?",
                Integer.class,
                InvestorNameNormalizer.VERSION);
        Integer demo = jdbc.queryForObject(
                "select count(*) from investment_lead where investor_name_key is not null", Integer.class);

        assertThat(stale).isZero();
        assertThat(demo).isGreaterThan(100);
    }

    @Test
    void aSavedLeadGetsTheKeysOfItsInvestor() {
        String brand = data.uniqueBrand();
        LeadDetails lead = data.register("officer1", "深圳市" + brand + "电子有限公司");

        assertThat(keys(lead.id()))
                .containsEntry("investor_name_key", brand.toLowerCase() + "电子")
                .containsEntry("investor_brand", brand.toLowerCase());
    }

    @Test
    void importedLeadsGetTheirKeysInTheImportsTransaction() {
        String brand = data.uniqueBrand();
        AppUser officer = users.findByUsernameIgnoreCase("officer1").orElseThrow();
        LeadDraft draft = data.draft("武汉" + brand + "光电科技有限公司");
        draft.setUnitId(officer.getUnit().getId());
        draft.setOwnerId(officer.getId());

        signIn.as(
                "officer1",
                () -> imports.importLeads(
                        java.util.List.of(new LeadImportRow(2, draft, LeadStage.REGISTERED, data.today())),
                        "leads.xlsx"));

        Map<String, Object> row = jdbc.queryForMap(
                "select investor_name_key, investor_brand from investment_lead " + "where investor_name = ?",
                draft.getInvestorName());
        assertThat(row.values()).containsExactlyInAnyOrder(brand.toLowerCase() + "光电科技", brand.toLowerCase());
    }

    @Test
    void keysWrittenWithoutTheApplicationOrByAnOlderNormaliserAreRecomputed() throws Exception {
        LeadDetails lead = data.register("officer1", data.uniqueBrand() + "智能装备股份有限公司");
        jdbc.update(
                "update investment_lead set investor_name_key = null, investor_brand = null, "
                        + "investor_name_version = null where id = ?",
                lead.id());
        LeadDetails older = data.register("officer1", data.uniqueBrand() + "智能装备有限公司");
        jdbc.update(
                "update investment_lead set investor_name_key = 'old', investor_name_version = ? where id = ?",
                InvestorNameNormalizer.VERSION - 1,
                older.id());

        int updated;
        try (Connection connection = dataSource.getConnection()) {
            updated = InvestorNameKeysChange.refresh(connection);
        }

        assertThat(updated).isGreaterThanOrEqualTo(2);
        InvestorKey expected = InvestorKey.of(older.draft().getInvestorName());
        assertThat(keys(older.id())).containsEntry("investor_name_key", expected.nameKey());
        assertThat(keys(lead.id()).get("investor_name_version")).isEqualTo(InvestorNameNormalizer.VERSION);
    }

    @Test
    void theDemoHasClaimsAwaitingARuling() {
        var demoReasons = jdbc
                .queryForList(
                        "select c.reason from investor_claim c join investment_lead l "
                                + "on l.id = c.claim_lead_id and l.unit_id = c.claimant_unit_id where c.status = 'PENDING'",
                        String.class)
                .stream()
                .filter(DemoClaimsChange.REASONS::contains)
                .toList();

        assertThat(demoReasons).isNotEmpty();
    }

    private Map<String, Object> keys(long leadId) {
        Map<String, Object> row = jdbc.queryForMap(
                "select investor_name_key, investor_brand, investor_name_version "
                        + "from investment_lead where id = ?",
                leadId);
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach(
                (column, value) -> lower.put(column.toLowerCase(), value instanceof Number n ? n.intValue() : value));
        return lower;
    }
}
