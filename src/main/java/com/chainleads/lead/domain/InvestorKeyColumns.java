package com.chainleads.lead.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lead register's port for the investor-name keys that the 撞单 rules keep beside each lead (columns
 * {@code investor_name_key}, {@code investor_brand} and {@code investor_name_version} of {@code investment_lead}):
 * the rules compute the keys, this port stores them and finds the leads that share them. Storing a key is no edit
 * of the lead: its version and change log stay as they are. The only way another feature writes the lead table
 * (ArchitectureTest holds that).
 */
@Component
public class InvestorKeyColumns {

    /** The keys of one investor name, as the 撞单 rules compute them. */
    public record Keys(String nameKey, String brand, int version) {}

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    InvestorKeyColumns(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** What Hibernate holds goes first, as before a native query of Hibernate's own. */
    private void flushPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
    }

    /** Stores the keys of one lead. */
    public void store(long leadId, Keys keys) {
        flushPending();
        jdbc.update(
                "update investment_lead set investor_name_key = ?, investor_brand = ?, investor_name_version = ? "
                        + "where id = ?",
                keys.nameKey(),
                keys.brand(),
                keys.version(),
                leadId);
    }

    /**
     * Leads that may be about the same investor — the database pre-filter before the matcher ranks them: the same
     * credit code, the same name key or brand, or a key with the same beginning (for typos after it). Closed (终止)
     * leads are no candidates. The exact matches come first, so the limit never drops them.
     *
     * @param code   the credit code, or {@code ""} for none
     * @param prefix the first characters of the name key followed by {@code %}
     */
    public List<Long> candidateIds(String code, String nameKey, String brand, String prefix, long exceptId) {
        flushPending();
        return jdbc.queryForList("""
                select l.id from investment_lead l
                where l.stage <> 'LOST' and l.id <> ?
                  and (l.credit_code = ? or l.investor_name_key = ? or l.investor_brand = ?
                       or l.investor_name_key like ?)
                order by case when l.credit_code = ? or l.investor_name_key = ? then 0 else 1 end,
                         l.first_reported_at, l.id
                limit 200""", Long.class, exceptId, code, nameKey, brand, prefix, code, nameKey);
    }
}
