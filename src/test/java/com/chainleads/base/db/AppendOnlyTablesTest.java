package com.chainleads.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppendOnlyTablesTest {

    private final AppendOnlyTables.Inspector inspector = new AppendOnlyTables.Inspector(Set.of("lead_audit_entry"));

    @Test
    void theTablesOfAppendOnlyEntitiesAreTheAuditTrailsOfLeadsEnterprisesAndConstruction() {
        assertThat(AppendOnlyTables.appendOnlyEntityTables())
                .containsExactly("construction_audit_entry", "enterprise_audit_entry", "lead_audit_entry");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "delete from lead_audit_entry where id=? and version=?",
                "update lead_audit_entry lae1_0 set actor_name='x' where lae1_0.lead_id=?",
                "  UPDATE `lead_audit_entry` SET note = null",
                "delete lae1_0 from lead_audit_entry lae1_0 where lae1_0.lead_id=?",
                "/* bulk */ delete from LEAD_AUDIT_ENTRY",
                "delete from chainleads.lead_audit_entry"
            })
    void changingOrDeletingAuditRowsIsRefused(String sql) {
        assertThatThrownBy(() -> inspector.inspect(sql)).isInstanceOf(AppendOnlyTables.AppendOnlyViolation.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "insert into lead_audit_entry (lead_id,lead_no) values (?,?)",
                "select lae1_0.id from lead_audit_entry lae1_0 where lae1_0.lead_id=?",
                "update investment_lead set version=? where id=?",
                "delete from lead_audit_entry_archive where id=?"
            })
    void addingAndReadingAuditRowsAndChangingOtherTablesPass(String sql) {
        assertThat(inspector.inspect(sql)).isEqualTo(sql);
    }
}
