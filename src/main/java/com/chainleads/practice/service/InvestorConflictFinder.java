package com.chainleads.practice.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.service.InvestorConflict;
import com.chainleads.lead.service.InvestorConflict.ClaimOption;
import com.chainleads.lead.service.InvestorConflict.Likeness;
import com.chainleads.lead.service.InvestorConflictCheck;
import com.chainleads.practice.domain.InvestorClaimRepository;
import com.chainleads.practice.domain.InvestorKey;
import com.chainleads.practice.domain.InvestorNameMatcher;
import com.chainleads.practice.domain.MatchDecision;
import com.chainleads.practice.domain.NameMatch;
import com.chainleads.practice.domain.PracticeLeadRepository;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撞单 detection: finds the leads of all units that may be about an investor — the database pre-filter by credit
 * code, name key and brand ({@link PracticeLeadRepository#findCandidateIds}), then {@link InvestorNameMatcher} —
 * and answers the lead register with masked hints ({@link InvestorConflict}): unit, first-report day and stage,
 * nothing else. The rules of practice use the unmasked {@link #candidates} to file claims.
 */
@Service
@PermitAll // every signed-in role registers leads; the hints are masked, the unmasked candidates stay in services
@Transactional(readOnly = true)
public class InvestorConflictFinder implements InvestorConflictCheck {

    /** At most this many hints: enough to see the situation, never a list of another unit's leads. */
    static final int MAX_HINTS = 5;

    /** A lead that may be about the same investor, and how alike. */
    public record Candidate(Lead lead, NameMatch match) {
        public boolean isSame() {
            return match.decision() == MatchDecision.SAME;
        }
    }

    private static final Comparator<Candidate> RELEVANCE = Comparator
            .comparing((Candidate c) -> c.isSame() ? 0 : 1)
            .thenComparing(c -> c.lead().getFirstReportedAt())
            .thenComparing(c -> c.lead().getId());

    private final PracticeLeadRepository leads;
    private final InvestorClaimRepository claims;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvestorConflictFinder(PracticeLeadRepository leads, InvestorClaimRepository claims, CurrentUser currentUser,
            Clock clock) {
        this.leads = leads;
        this.claims = claims;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<InvestorConflict> check(String investorName, @Nullable String creditCode, @Nullable Long unitId,
            @Nullable Long leadId) {
        Long ownUnit = unitId != null ? unitId : currentUser.get().map(AppUserPrincipal::unitId).orElse(null);
        Lead editing = leadId == null ? null : leads.findWithUnitAndOwner(leadId).orElse(null);
        // a lead that has claimed once is settled or waits for its ruling: no further claims asked of it
        boolean claimedBefore = leadId != null && !claims.findClaimedFirstLeadIds(leadId).isEmpty();
        List<InvestorConflict> hints = new ArrayList<>();
        boolean firstReportSeen = false;
        for (Candidate candidate : candidates(investorName, creditCode, leadId)) {
            if (hints.size() == MAX_HINTS) {
                break;
            }
            Lead other = candidate.lead();
            boolean later = editing != null && reportedAfter(other, editing);
            if (candidate.isSame()) {
                // the earliest lead on the same enterprise is its first report; the others registered it later
                later = later || firstReportSeen;
                firstReportSeen = true;
            }
            boolean sameUnit = Objects.equals(other.getUnit().getId(), ownUnit);
            ClaimOption option = sameUnit || later || claimedBefore ? ClaimOption.NONE
                    : candidate.isSame() ? ClaimOption.REQUIRED : ClaimOption.OPTIONAL;
            hints.add(new InvestorConflict(candidate.isSame() ? Likeness.SAME : Likeness.SIMILAR,
                    other.getUnit().getNameZh(), other.getUnit().getNameEn(), day(other), other.getStage(), later,
                    option));
        }
        return hints;
    }

    /**
     * The active leads that may be about the investor — the same enterprise first, then similar names, each by
     * first report. Not masked: for the rules of practice only.
     */
    public List<Candidate> candidates(String investorName, @Nullable String creditCode, @Nullable Long exceptLeadId) {
        InvestorKey key = InvestorKey.of(investorName);
        CreditCode code = CreditCode.parse(creditCode).orElse(null);
        boolean hasName = !key.nameKey().isEmpty();
        if (!hasName && code == null) {
            return List.of();
        }
        // "-" never is a stored key (the normaliser drops dashes): it disables the name conditions
        List<Long> ids = leads.findCandidateIds(code == null ? "" : code.value(), hasName ? key.nameKey() : "-",
                hasName ? key.brand() : "-", hasName ? key.prefixPattern() : "-",
                exceptLeadId == null ? -1L : exceptLeadId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        for (Lead lead : leads.findWithUnitAndOwner(ids)) {
            NameMatch match = InvestorNameMatcher.match(investorName, code, lead.getInvestorName(),
                    CreditCode.parse(lead.getCreditCode()).orElse(null));
            if (match.needsAttention()) {
                found.add(new Candidate(lead, match));
            }
        }
        found.sort(RELEVANCE);
        return found;
    }

    /** The claim a lead's investor calls for: the earliest other unit's first report, the same enterprise first. */
    public @Nullable Candidate claimTarget(Lead claimLead) {
        Set<Long> claimed = claims.findClaimedFirstLeadIds(claimLead.getId());
        return candidates(claimLead.getInvestorName(), claimLead.getCreditCode(), claimLead.getId()).stream()
                .filter(c -> !Objects.equals(c.lead().getUnit().getId(), claimLead.getUnit().getId()))
                .filter(c -> reportedAfter(claimLead, c.lead()))
                .filter(c -> !claimed.contains(c.lead().getId()))
                .findFirst().orElse(null);
    }

    private LocalDate day(Lead lead) {
        return LocalDate.ofInstant(lead.getFirstReportedAt(), clock.getZone());
    }

    /** {@code a} was first reported after {@code b} (the later id when both were reported at the same instant). */
    static boolean reportedAfter(Lead a, Lead b) {
        int byTime = a.getFirstReportedAt().compareTo(b.getFirstReportedAt());
        return byTime > 0 || (byTime == 0 && a.getId() > b.getId());
    }
}
