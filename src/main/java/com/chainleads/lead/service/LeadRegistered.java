package com.chainleads.lead.service;

import org.jspecify.annotations.Nullable;

/**
 * A lead was registered. Published by {@link LeadService#create} inside its transaction, so listeners that
 * write (e.g. the rules of practice recording a 撞单 claim) commit or roll back with the lead.
 *
 * @param claimReason the reason of the 撞单 claim the user filed with the lead, or {@code null} for none
 */
public record LeadRegistered(long leadId, @Nullable String claimReason) {}
