package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to move a lead to another stage, with the facts that stage needs (e.g. 签约 needs the signing
 * date and amount, 终止 a reason) and a comment for the history.
 */
public record StageChangeRequest(
        LeadStage target,
        @Nullable String comment,
        @Nullable LocalDate signedOn,
        @Nullable BigDecimal signedAmount,
        @Nullable LocalDate plannedStartOn,
        @Nullable LocalDate actualStartOn,
        @Nullable LocalDate actualProductionOn,
        @Nullable String lostReason) {

    public static StageChangeRequest to(LeadStage target, @Nullable String comment) {
        return new StageChangeRequest(target, comment, null, null, null, null, null, null);
    }
}
