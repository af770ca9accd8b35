package com.chainleads.lead.service;

import org.jspecify.annotations.Nullable;

/**
 * A lead's fields were saved. Published by {@link LeadService#update} inside its transaction.
 *
 * @param investorChanged the investor's name or credit code changed
 * @param claimReason     the reason of a 撞单 claim the user filed with the edit, or {@code null} for none
 */
public record LeadEdited(
        long leadId, boolean investorChanged, @Nullable String claimReason) {}
