package com.chainleads.lead.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Looks up existing leads of all units — including those the user cannot see — for the same or a similar
 * investor, and answers with masked hints only (撞单 detection at entry). The rules of practice implement it; the
 * lead register works without it (no hints). One call per investor as entered, so the form, an edit and each row
 * of an import can ask alike.
 */
public interface InvestorConflictCheck {

    /**
     * Hints about other active leads on the investor, most relevant first (the same enterprise before similar
     * names, then by first report).
     *
     * @param investorName the investor's name as entered
     * @param creditCode   the credit code as entered; blank or invalid codes are ignored
     * @param unitId       the unit the lead belongs (or will belong) to; {@code null} for the user's own unit
     * @param leadId       the lead being edited, which is never a conflict of itself; {@code null} for a new one
     */
    List<InvestorConflict> check(
            String investorName, @Nullable String creditCode, @Nullable Long unitId, @Nullable Long leadId);

    /**
     * For each investor, in order: the hint that makes registering it a 撞单 claim — the first report of the same
     * enterprise by another unit ({@link InvestorConflict.ClaimOption#REQUIRED}) — or {@code null}. What an import
     * asks for each window of rows: implementations answer the whole list with one look-up whose cost does not grow
     * with the number of leads stored, reading only the columns the rule needs, and never count the leads in
     * {@code skippedLeadIds} (the import's own new rows) as candidates. The default asks {@link #check} per
     * investor and cannot skip.
     */
    default List<@Nullable InvestorConflict> claimsRequired(
            List<InvestorToCheck> investors, Collection<Long> skippedLeadIds) {
        List<@Nullable InvestorConflict> required = new ArrayList<>(investors.size());
        for (InvestorToCheck investor : investors) {
            required.add(check(investor.investorName(), investor.creditCode(), investor.unitId(), null).stream()
                    .filter(conflict -> conflict.claim() == InvestorConflict.ClaimOption.REQUIRED)
                    .findFirst()
                    .orElse(null));
        }
        return required;
    }
}
