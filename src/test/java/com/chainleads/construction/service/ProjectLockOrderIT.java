package com.chainleads.construction.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.lead.service.LeadConflictException;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProjectLockOrderIT {

    @Autowired
    ProjectFigures figures;

    @Autowired
    LeadService leads;

    @Autowired
    SignedLeads signedLeads;

    @Autowired
    SignIn signIn;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * A plan change locks its lead first and may then change the lead itself (a milestone moves the stage); a lead
     * save arriving in between must wait its turn, not hold half of what the plan change needs until the database
     * gives up on one of them.
     */
    @Test
    void aPlanChangeThatAlsoSavesTheLeadAndAPlainSaveOfTheLeadTakeTurns() throws Exception {
        LeadDetails lead = signedLeads.signedBy("officer1");
        CountDownLatch projectLocked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> planChange = pool.submit(() -> signIn.as(
                    "officer1",
                    () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        figures.lockProject(lead.id()); // as a milestone or investment save begins
                        projectLocked.countDown();
                        pause(700); // the other save arrives meanwhile
                        LeadDetails now = leads.load(lead.id());
                        leads.update(now.id(), now.version(), withInvestment(now, "21000"));
                    })));
            projectLocked.await(10, TimeUnit.SECONDS);
            Future<String> save = pool.submit(() -> signIn.as("officer1", () -> {
                LeadDetails now = leads.load(lead.id());
                try {
                    leads.update(now.id(), now.version(), withInvestment(now, "22000"));
                    return "saved";
                } catch (OptimisticLockingFailureException | LeadConflictException staleAfterWaiting) {
                    return "refused: changed meanwhile"; // the same field, saved by the plan change first
                }
            }));

            long started = System.nanoTime();
            planChange.get(30, TimeUnit.SECONDS);
            assertThat(save.get(30, TimeUnit.SECONDS)).isIn("saved", "refused: changed meanwhile");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))
                    .as("neither waited for the database to give up")
                    .isLessThan(5);
        } finally {
            pool.shutdownNow();
        }
    }

    private static LeadDraft withInvestment(LeadDetails lead, String wan) {
        LeadDraft draft = lead.draft();
        draft.setTotalInvestment(new BigDecimal(wan));
        return draft;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
