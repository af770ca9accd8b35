package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Case 18: twenty officers' sessions edit and follow up the same three leads at once. Conflicts (someone saved
 * first) are the only refusals; nothing is lost — every successful edit and follow-up is there and in the change
 * log exactly once, each edit built on the one before; deadlocks the database breaks are retried, never shown.
 */
@IntegrationTest
class LeadConcurrencyIT {

    static final int THREADS = 20;
    static final int OPERATIONS_PER_THREAD = 12;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    record Edit(long leadId, String token) {}

    record FollowUp(long leadId, long id, String token) {}

    @Test
    void twentyConcurrentEditorsLoseNothingAndOnlyConflictsAreRefused() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<LeadDetails> targets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LeadDraft draft = new LeadDraft();
            draft.setProjectName("并发压力" + run + "-" + i);
            draft.setInvestorName("并发压力测试有限公司" + i);
            draft.setSectorId(1L);
            draft.setChannel(LeadChannel.SELF);
            targets.add(signIn.as("officer1", () -> leads.create(draft)));
        }
        LocalDate today = LocalDate.now(clock);

        List<Edit> edits = new CopyOnWriteArrayList<>();
        List<FollowUp> followUps = new CopyOnWriteArrayList<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.execute(() -> {
                Random random = new Random(thread);
                String user = thread % 2 == 0 ? "officer1" : "officer4";
                for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
                    long leadId = targets.get(random.nextInt(targets.size())).id();
                    String token = run + "-t" + thread + "-" + op;
                    try {
                        if (random.nextBoolean()) {
                            signIn.as(user, () -> {
                                LeadDetails current = leads.load(leadId);
                                LeadDraft draft = current.draft();
                                draft.setText(SiteNeeds.COORDINATION_ITEMS, token);
                                leads.update(leadId, current.version(), draft);
                            });
                            edits.add(new Edit(leadId, token));
                        } else {
                            FollowUpDraft draft = new FollowUpDraft();
                            LocalDate on = today.minusDays(random.nextInt(20));
                            draft.setFollowUpOn(on);
                            draft.setMethod(FollowUpMethod.PHONE);
                            draft.setContent(token);
                            draft.setNextFollowUpOn(on.plusDays(1 + random.nextInt(30)));
                            FollowUpRow row = signIn.as(user, () -> activity.addFollowUp(leadId, draft));
                            followUps.add(new FollowUp(leadId, row.id(), token));
                        }
                    } catch (LeadConflictException | OptimisticLockingFailureException conflict) {
                        conflicts.incrementAndGet();
                    } catch (Throwable error) {
                        unexpected.add(error);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS))
                .as("all editors finished: nothing hangs")
                .isTrue();

        assertThat(unexpected).as("refusals other than conflicts").isEmpty();
        assertThat(edits).as("successful edits").hasSizeGreaterThan(THREADS);
        assertThat(followUps).as("successful follow-ups").hasSizeGreaterThan(THREADS);
        assertThat(edits.size() + followUps.size() + conflicts.get()).isEqualTo(THREADS * OPERATIONS_PER_THREAD);

        for (LeadDetails target : targets) {
            checkLead(
                    target,
                    edits.stream()
                            .filter(e -> e.leadId() == target.id())
                            .map(Edit::token)
                            .toList(),
                    followUps.stream().filter(f -> f.leadId() == target.id()).toList());
        }
    }

    private void checkLead(LeadDetails before, List<String> editTokens, List<FollowUp> added) {
        LeadDetails after = signIn.as("officer1", () -> leads.load(before.id()));
        List<AuditRow> log = new ArrayList<>(signIn.as("officer1", () -> activity.changeLog(before.id())));
        log.sort(Comparator.comparingLong(AuditRow::id));

        // every successful edit is in the change log exactly once, each built on the one before
        List<AuditChange> edits = log.stream()
                .filter(row -> row.subject() == AuditSubject.LEAD && row.action() == AuditAction.UPDATE)
                .map(row -> row.changes().stream()
                        .filter(c -> c.field().equals("coordinationItems"))
                        .findFirst()
                        .orElseThrow())
                .toList();
        assertThat(edits).extracting(AuditChange::newValue).containsExactlyInAnyOrderElementsOf(editTokens);
        for (int i = 0; i < edits.size(); i++) {
            assertThat(edits.get(i).oldValue())
                    .as("edit %d starts from the previous one", i)
                    .isEqualTo(i == 0 ? null : edits.get(i - 1).newValue());
        }
        assertThat(after.draft().text(SiteNeeds.COORDINATION_ITEMS))
                .isEqualTo(edits.isEmpty() ? "" : edits.get(edits.size() - 1).newValue());
        assertThat(after.version()).isEqualTo(before.version() + editTokens.size());

        // every successful follow-up is stored and logged exactly once
        List<FollowUpRow> stored = signIn.as("officer1", () -> activity.followUps(before.id()));
        assertThat(stored)
                .extracting(FollowUpRow::content)
                .containsExactlyInAnyOrderElementsOf(
                        added.stream().map(FollowUp::token).toList());
        assertThat(log.stream()
                        .filter(row -> row.subject() == AuditSubject.FOLLOW_UP && row.action() == AuditAction.CREATE)
                        .map(AuditRow::subjectId)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        added.stream().map(FollowUp::id).toList());

        // the lead's follow-up dates are those of its latest follow-up, whatever order they were saved in
        if (!stored.isEmpty()) {
            FollowUpRow latest = Collections.max(
                    stored, Comparator.comparing(FollowUpRow::followUpOn).thenComparingLong(FollowUpRow::id));
            assertThat(after.lastFollowUpOn()).isEqualTo(latest.followUpOn());
            assertThat(after.nextFollowUpOn()).isEqualTo(latest.nextFollowUpOn());
        }
    }
}
