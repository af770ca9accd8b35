package com.chainleads.claim.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.claim.domain.InvestorClaimRepository;
import com.chainleads.claim.domain.InvestorKey;
import com.chainleads.claim.domain.InvestorNameMatcher;
import com.chainleads.claim.domain.InvestorNameNormalizer;
import com.chainleads.claim.domain.MatchDecision;
import com.chainleads.claim.domain.NameMatch;
import com.chainleads.claim.domain.NormalizedName;
import com.chainleads.claim.domain.PracticeLeadRepository;
import com.chainleads.lead.domain.InvestorKeyColumns;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.InvestorConflict;
import com.chainleads.lead.service.InvestorConflict.ClaimOption;
import com.chainleads.lead.service.InvestorConflict.Likeness;
import com.chainleads.lead.service.InvestorConflictCheck;
import com.chainleads.lead.service.InvestorToCheck;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撞单 detection: finds the leads of all units that may be about an investor — the database pre-filter by credit
 * code, name key and brand ({@link InvestorKeyColumns#candidateIds}), then {@link InvestorNameMatcher} —
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

    private static final Comparator<Candidate> RELEVANCE = Comparator.comparing((Candidate c) -> c.isSame() ? 0 : 1)
            .thenComparing(c -> c.lead().getFirstReportedAt())
            .thenComparing(c -> c.lead().getId());

    private final PracticeLeadRepository leads;
    private final InvestorKeyColumns keyColumns;
    private final InvestorClaimRepository claims;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;

    InvestorConflictFinder(
            PracticeLeadRepository leads,
            InvestorKeyColumns keyColumns,
            InvestorClaimRepository claims,
            CurrentUser currentUser,
            Clock clock,
            NamedParameterJdbcTemplate jdbc) {
        this.leads = leads;
        this.keyColumns = keyColumns;
        this.claims = claims;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The columns of a stored lead the claim rule reads (a projection, no entity), its name normalised once. */
    private record Stored(
            long id,
            long unitId,
            String unitNameZh,
            String unitNameEn,
            @Nullable String creditCode,
            NormalizedName name,
            Instant firstReportedAt,
            LeadStage stage) {}

    /** An investor of the window as the claim rule compares it: its name normalised once, its key and code. */
    private record Asked(
            InvestorToCheck investor,
            NormalizedName name,
            String key,
            @Nullable CreditCode code) {}

    private static final Comparator<Stored> FIRST_REPORT =
            Comparator.comparing(Stored::firstReportedAt).thenComparing(Stored::id);

    /**
     * The window's look-up, by credit code and by name key (the only ways the matcher calls two investors the same
     * enterprise, see {@link InvestorNameMatcher}), each one indexed query for every investor of the window. A stored
     * lead with another credit code is never the same enterprise as an investor with one, however alike the names,
     * so for those investors the name key looks only at stored leads without a code: what is read follows the
     * window and the enterprises in it, not the number of leads stored under a common name. For each investor the
     * earliest active lead on the same enterprise is its first report; when another unit holds it, registering the
     * investor is a claim.
     */
    @Override
    public List<@Nullable InvestorConflict> claimsRequired(
            List<InvestorToCheck> investors, Collection<Long> skippedLeadIds) {
        List<Asked> asked = new ArrayList<>(investors.size());
        Set<String> keysOfAnyCode = new LinkedHashSet<>();
        Set<String> keysWithoutCode = new LinkedHashSet<>();
        Set<String> codeValues = new LinkedHashSet<>();
        for (InvestorToCheck investor : investors) {
            CreditCode code = CreditCode.parse(investor.creditCode()).orElse(null);
            NormalizedName name = InvestorNameNormalizer.normalize(investor.investorName());
            String key = InvestorKey.of(name).nameKey();
            asked.add(new Asked(investor, name, key, code));
            if (!key.isEmpty()) {
                (code == null ? keysOfAnyCode : keysWithoutCode).add(key);
            }
            if (code != null) {
                codeValues.add(code.value());
            }
        }
        keysWithoutCode.removeAll(keysOfAnyCode);
        Set<Long> skipped = skippedLeadIds instanceof Set<Long> set ? set : new HashSet<>(skippedLeadIds);
        Map<String, List<Stored>> byCode = new HashMap<>();
        if (!codeValues.isEmpty()) {
            readStored(
                    "l.credit_code in (:codes)",
                    new MapSqlParameterSource("codes", codeValues),
                    skipped,
                    (stored, key) -> byCode.computeIfAbsent(
                                    Objects.requireNonNull(stored.creditCode()), k -> new ArrayList<>())
                            .add(stored));
        }
        Map<String, List<Stored>> byKey = new HashMap<>();
        if (!keysOfAnyCode.isEmpty() || !keysWithoutCode.isEmpty()) {
            // "-" never is a stored key (the normaliser drops dashes): it stands in for an empty list
            readStored(
                    "(l.investor_name_key in (:anyCode) "
                            + "or (l.investor_name_key in (:withoutCode) and l.credit_code is null))",
                    new MapSqlParameterSource("anyCode", keysOfAnyCode.isEmpty() ? List.of("-") : keysOfAnyCode)
                            .addValue("withoutCode", keysWithoutCode.isEmpty() ? List.of("-") : keysWithoutCode),
                    skipped,
                    (stored, key) -> byKey.computeIfAbsent(Objects.requireNonNull(key), k -> new ArrayList<>())
                            .add(stored));
        }
        List<@Nullable InvestorConflict> required = new ArrayList<>(investors.size());
        for (Asked investor : asked) {
            required.add(claimRequired(investor, byKey, byCode));
        }
        return required;
    }

    /** The active leads meeting {@code condition} (on {@code l}, the lead), except the skipped ones, with their keys. */
    private void readStored(
            String condition,
            MapSqlParameterSource parameters,
            Set<Long> skipped,
            java.util.function.BiConsumer<Stored, @Nullable String> found) {
        jdbc.query("""
                select l.id, l.unit_id, u.name_zh, u.name_en, l.credit_code, l.investor_name,
                       l.investor_name_key, l.first_reported_at, l.stage
                from investment_lead l join org_unit u on u.id = l.unit_id
                where l.stage <> 'LOST' and\s""" + condition, parameters, rs -> {
            long id = rs.getLong(1);
            if (skipped.contains(id)) {
                return;
            }
            found.accept(
                    new Stored(
                            id,
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            InvestorNameNormalizer.normalize(rs.getString(6)),
                            rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            LeadStage.valueOf(rs.getString(9))),
                    rs.getString(7));
        });
    }

    private @Nullable InvestorConflict claimRequired(
            Asked asked, Map<String, List<Stored>> byKey, Map<String, List<Stored>> byCode) {
        Set<Stored> candidates =
                new HashSet<>(asked.key().isEmpty() ? List.of() : byKey.getOrDefault(asked.key(), List.of()));
        if (asked.code() != null) {
            candidates.addAll(byCode.getOrDefault(asked.code().value(), List.of()));
        }
        Stored first = null;
        for (Stored other : candidates) {
            if (sameEnterprise(asked, other) && (first == null || FIRST_REPORT.compare(other, first) < 0)) {
                first = other;
            }
        }
        if (first == null || first.unitId() == asked.investor().unitId()) {
            return null;
        }
        return new InvestorConflict(
                Likeness.SAME,
                first.unitNameZh(),
                first.unitNameEn(),
                LocalDate.ofInstant(first.firstReportedAt(), clock.getZone()),
                first.stage(),
                false,
                ClaimOption.REQUIRED);
    }

    /** Whether the stored lead is the same enterprise, as {@link InvestorNameMatcher} decides. */
    private static boolean sameEnterprise(Asked asked, Stored other) {
        return InvestorNameMatcher.match(
                        asked.name(),
                        asked.code(),
                        other.name(),
                        CreditCode.parse(other.creditCode()).orElse(null))
                .isSame();
    }

    @Override
    public List<InvestorConflict> check(
            String investorName, @Nullable String creditCode, @Nullable Long unitId, @Nullable Long leadId) {
        Long ownUnit = unitId != null
                ? unitId
                : currentUser.get().map(AppUserPrincipal::unitId).orElse(null);
        Lead editing =
                leadId == null ? null : leads.findWithUnitAndOwner(leadId).orElse(null);
        // a lead that has claimed once is settled or waits for its ruling: no further claims asked of it
        boolean claimedBefore =
                leadId != null && !claims.findClaimedFirstLeadIds(leadId).isEmpty();
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
            ClaimOption option = sameUnit || later || claimedBefore
                    ? ClaimOption.NONE
                    : candidate.isSame() ? ClaimOption.REQUIRED : ClaimOption.OPTIONAL;
            hints.add(new InvestorConflict(
                    candidate.isSame() ? Likeness.SAME : Likeness.SIMILAR,
                    other.getUnit().getNameZh(),
                    other.getUnit().getNameEn(),
                    day(other),
                    other.getStage(),
                    later,
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
        List<Long> ids = keyColumns.candidateIds(
                code == null ? "" : code.value(),
                hasName ? key.nameKey() : "-",
                hasName ? key.brand() : "-",
                hasName ? key.prefixPattern() : "-",
                exceptLeadId == null ? -1L : exceptLeadId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        for (Lead lead : leads.findWithUnitAndOwner(ids)) {
            NameMatch match = InvestorNameMatcher.match(
                    investorName,
                    code,
                    lead.getInvestor().getName(),
                    lead.getInvestor().getCreditCode());
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
        return candidates(claimLead.getInvestor().getName(), creditCodeOf(claimLead), claimLead.getId()).stream()
                .filter(c -> !Objects.equals(
                        c.lead().getUnit().getId(), claimLead.getUnit().getId()))
                .filter(c -> reportedAfter(claimLead, c.lead()))
                .filter(c -> !claimed.contains(c.lead().getId()))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String creditCodeOf(Lead lead) {
        CreditCode code = lead.getInvestor().getCreditCode();
        return code == null ? null : code.value();
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
