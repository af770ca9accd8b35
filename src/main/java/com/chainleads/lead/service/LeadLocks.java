package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadRepository;
import org.springframework.stereotype.Component;

/**
 * Locks a lead for a change another feature makes in its name (a construction plan and its figures): the lead's
 * write-order stripe first ({@link LeadWriteOrder}), then its row — the order every save of the lead register takes
 * them in. Taking the row alone first, and the stripe later (a milestone that moves the stage), let such a change
 * and a lead save each hold what the other waited for until the database gave up.
 */
@Component
public class LeadLocks {

    private final LeadWriteOrder writeOrder;
    private final LeadRepository leads;

    LeadLocks(LeadWriteOrder writeOrder, LeadRepository leads) {
        this.writeOrder = writeOrder;
        this.leads = leads;
    }

    /** Holds the lead until the current transaction has completed. */
    public void lockForChange(long leadId) {
        writeOrder.hold(leadId);
        leads.lockById(leadId);
    }
}
