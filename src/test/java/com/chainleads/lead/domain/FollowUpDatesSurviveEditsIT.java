package com.chainleads.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case 18, the lost update the concurrency test found: an edit that loaded the lead before a colleague's
 * follow-up committed must not write the old follow-up dates back (follow-ups leave the version alone).
 */
@IntegrationTest
class FollowUpDatesSurviveEditsIT {

    @Autowired
    LeadService leads;

    @Autowired
    LeadRepository repository;

    @Autowired
    SignIn signIn;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEditSavedAfterAColleaguesFollowUpKeepsTheFollowUpDates() throws Exception {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("跟进日期" + UUID.randomUUID().toString().substring(0, 6));
        draft.setInvestorName("跟进日期测试有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        LeadDetails lead = signIn.as("officer1", () -> leads.create(draft));
        LocalDate last = LocalDate.of(2026, 3, 2);
        LocalDate next = LocalDate.of(2026, 3, 16);

        signIn.as(
                "officer4",
                () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    Lead edited = repository.findById(lead.id()).orElseThrow(); // loaded before the follow-up
                    edited.getSiteNeeds().setCoordinationItems("协调用地指标");
                    // meanwhile a colleague's follow-up commits in its own transaction
                    CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                                    .executeWithoutResult(
                                            other -> repository.updateFollowUpDates(lead.id(), last, next, last)))
                            .join();
                    repository.flush();
                }));

        Lead saved = repository.findById(lead.id()).orElseThrow();
        assertThat(saved.getSiteNeeds().getCoordinationItems()).isEqualTo("协调用地指标");
        assertThat(saved.getLastFollowUpOn()).isEqualTo(last);
        assertThat(saved.getNextFollowUpOn()).isEqualTo(next);
    }
}
