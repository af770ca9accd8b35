package com.chainleads.cockpit.service;

import com.chainleads.lead.domain.OwnerClockCounts;
import com.chainleads.lead.service.LeadFilter;

/** One officer's leads on the supervision list (督办), with the lead filters behind each count. */
public record Supervision(OwnerClockCounts counts, LeadFilter overdue, LeadFilter stale, LeadFilter lateScreening) {}
