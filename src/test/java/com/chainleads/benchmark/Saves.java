package com.chainleads.benchmark;

import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Real saves through the lead service, as officers make them all day: an officer's active lead gets its total
 * investment changed by one hundredth of a 万元 and back. Each save moves the lead's summary rows and its index
 * document, so what the benchmark measures next is a first look after a save ("cold").
 */
final class Saves {

    private final SignIn signIn;
    private final LeadService leads;
    private final String officer;
    private final List<Long> pool = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    Saves(DataSource dataSource, SignIn signIn, LeadService leads, String officer) throws Exception {
        this.signIn = signIn;
        this.leads = leads;
        this.officer = officer;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select l.id from investment_lead l "
                        + "join app_user u on u.unit_id = l.unit_id where u.username = ? and l.stage in "
                        + "('REGISTERED', 'SCREENING', 'CONTACT') and l.total_investment is not null "
                        + "order by l.id desc limit 500")) {
            statement.setString(1, officer);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    pool.add(rs.getLong(1));
                }
            }
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException("no lead of " + officer + "'s unit to save");
        }
    }

    /** One save (retried on another lead when a generated lead does not pass the form's rules). */
    void one() {
        for (int attempt = 0; attempt < 20; attempt++) {
            long id = pool.get(Math.floorMod(next.getAndIncrement(), pool.size()));
            try {
                signIn.as(officer, () -> {
                    LeadDetails lead = leads.load(id);
                    LeadDraft draft = lead.draft();
                    BigDecimal amount =
                            draft.getTotalInvestment() == null ? BigDecimal.ONE : draft.getTotalInvestment();
                    BigDecimal step = new BigDecimal("0.01");
                    draft.setTotalInvestment(
                            done.incrementAndGet() % 2 == 0
                                    ? amount.add(step)
                                    : amount.subtract(step).max(step));
                    leads.update(id, lead.version(), draft);
                });
                return;
            } catch (com.chainleads.base.domain.BusinessRuleException
                    | org.springframework.dao.OptimisticLockingFailureException e) {
                // this generated lead lacks what its stage asks for, or someone else saved it: the next one
            }
        }
        throw new IllegalStateException("no lead of " + officer + " could be saved");
    }

    /** One of the officer's leads (round robin). */
    long anyLead() {
        return pool.get(Math.floorMod(next.getAndIncrement(), pool.size()));
    }

    int count() {
        return done.get();
    }
}
