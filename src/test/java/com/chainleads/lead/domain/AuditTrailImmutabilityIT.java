package com.chainleads.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Case 15: the change log (lead_audit_entry) cannot be changed or deleted through the application. */
@IntegrationTest
class AuditTrailImmutabilityIT {

    @Autowired
    LeadService leads;

    @Autowired
    LeadAuditRepository audit;

    @Autowired
    SignIn signIn;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private long leadWithAuditTrail() {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("审计不可改" + UUID.randomUUID().toString().substring(0, 6));
        draft.setInvestorName("审计测试有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        LeadDetails lead = signIn.as("officer1", () -> leads.create(draft));
        assertThat(audit.countByLeadId(lead.id())).isEqualTo(1);
        return lead.id();
    }

    private List<String> storedActors(long leadId) {
        return jdbc.queryForList("select actor_name from lead_audit_entry where lead_id = ?", String.class, leadId);
    }

    private TransactionTemplate inTransaction() {
        return new TransactionTemplate(transactions);
    }

    @Test
    void theAuditRepositoryOffersOnlyAddingAndReading() {
        assertThat(LeadAuditRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(Arrays.stream(LeadAuditRepository.class.getMethods()).map(Method::getName))
                .isNotEmpty()
                .allMatch(name -> name.equals("save") || name.startsWith("find") || name.startsWith("count"));
    }

    @Test
    void anEntryChangedInMemoryAndFlushedStaysAsItWasStored() throws Exception {
        long leadId = leadWithAuditTrail();
        Field actor = LeadAuditEntry.class.getDeclaredField("actorName");
        actor.setAccessible(true);

        inTransaction().executeWithoutResult(status -> {
            LeadAuditEntry entry =
                    audit.findByLeadIdOrderByOccurredAtDescIdDesc(leadId).get(0);
            try {
                actor.set(entry, "篡改者");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            entityManager.flush();
        });

        assertThat(storedActors(leadId)).containsExactly("李明");
    }

    @Test
    void removingAnEntryIsRefused() {
        long leadId = leadWithAuditTrail();

        assertThatThrownBy(() -> inTransaction().executeWithoutResult(status -> {
                    entityManager.remove(audit.findByLeadIdOrderByOccurredAtDescIdDesc(leadId)
                            .get(0));
                    entityManager.flush();
                }))
                .isInstanceOf(RuntimeException.class);

        assertThat(storedActors(leadId)).containsExactly("李明");
    }

    @Test
    void updateAndDeleteQueriesOnEntriesAreRefused() {
        long leadId = leadWithAuditTrail();

        assertThatThrownBy(() -> inTransaction()
                        .executeWithoutResult(status -> entityManager
                                .createQuery("update LeadAuditEntry e set e.actorName = '篡改者' where e.leadId = :id")
                                .setParameter("id", leadId)
                                .executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> inTransaction()
                        .executeWithoutResult(status -> entityManager
                                .createQuery("delete from LeadAuditEntry e where e.leadId = :id")
                                .setParameter("id", leadId)
                                .executeUpdate()))
                .isInstanceOf(RuntimeException.class);

        assertThat(storedActors(leadId)).containsExactly("李明");
    }

    @Test
    void deletingALeadKeepsItsAuditTrailWithTheDeletion() {
        long leadId = leadWithAuditTrail();
        long version = signIn.as("officer1", () -> leads.load(leadId)).version();

        signIn.as("officer1", () -> leads.delete(leadId, version));

        assertThat(audit.findByLeadIdOrderByOccurredAtDescIdDesc(leadId))
                .extracting(LeadAuditEntry::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
    }
}
