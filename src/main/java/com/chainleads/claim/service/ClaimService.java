package com.chainleads.claim.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.domain.CreditShare;
import com.chainleads.claim.domain.CreditShareRepository;
import com.chainleads.claim.domain.FirstReportProtection;
import com.chainleads.claim.domain.InvestorClaim;
import com.chainleads.claim.domain.InvestorClaimRepository;
import com.chainleads.claim.domain.PracticeLeadRepository;
import com.chainleads.claim.domain.Protection;
import com.chainleads.claim.domain.ProtectionState;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.service.DuplicateSettlement;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.ResponseClocks;
import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撞单 claims and rulings (撞单申报与裁定), by the rules in docs/DOMAIN.md:
 * <ul>
 * <li><b>Filing</b> — an officer registers a lead whose investor another unit reported first, with a reason. The
 * claim is against the earliest such first report. If that report no longer protects its investor (the window is
 * over, or the lead went 超期), the claim is granted at once, as a transfer, and the previous owner is told;
 * otherwise it joins the leaders' ruling queue, and the leaders and the first lead's owner are told.</li>
 * <li><b>Ruling</b> — a leader (or administrator) rules: the first reporter keeps the investor, it is transferred
 * to the claimant, or both units share the credit in percent. Either way the claimant's lead is closed as 终止 — a
 * second record of one investor — and for a transfer the first lead, with its history, is handed over to the
 * claimant (see {@link DuplicateSettlement}). Both officers are told; the ruling shows on both leads.</li>
 * </ul>
 * Notes written into the leads' history are in Chinese, the bureau's language of record.
 *
 * <p>Size: filing, granting and ruling share the claim's states, its access rules and its notices; the change of the
 * leads themselves is {@link DuplicateSettlement}'s.
 */
@Service
@Transactional
public class ClaimService {

    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("filedAt"), Sort.Order.asc("id"));
    private static final Sort LAST_RULED_FIRST = Sort.by(Sort.Order.desc("ruledAt"), Sort.Order.desc("id"));

    private final InvestorClaimRepository claims;
    private final CreditShareRepository shares;
    private final PracticeLeadRepository practiceLeads;
    private final InvestorConflictFinder finder;
    private final FirstReportProtection protection;
    private final ResponseClocks clocks;
    private final LeadService leads;
    private final DuplicateSettlement settlement;
    private final NotificationService notifications;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final I18NProvider texts;

    ClaimService(
            InvestorClaimRepository claims,
            CreditShareRepository shares,
            PracticeLeadRepository practiceLeads,
            InvestorConflictFinder finder,
            FirstReportProtection protection,
            ResponseClocks clocks,
            LeadService leads,
            DuplicateSettlement settlement,
            NotificationService notifications,
            AppUserRepository users,
            CurrentUser currentUser,
            Clock clock,
            I18NProvider texts) {
        this.claims = claims;
        this.shares = shares;
        this.practiceLeads = practiceLeads;
        this.finder = finder;
        this.protection = protection;
        this.clocks = clocks;
        this.leads = leads;
        this.settlement = settlement;
        this.notifications = notifications;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.texts = texts;
    }

    // ---- filing (inside the transaction that registers or edits the lead) --------------------------------

    /**
     * Files the claim of a lead whose investor another unit reported first, and grants it at once when that first
     * report no longer protects the investor. Nothing is filed when there is no such first report (any more), or
     * the lead has a claim waiting already.
     */
    Optional<InvestorClaim> file(long claimLeadId, String reason) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = practiceLeads
                .findWithUnitAndOwner(claimLeadId)
                .orElseThrow(() -> new RecordNotFoundException("lead", claimLeadId));
        if (claims.existsByClaimLeadIdAndStatus(claimLeadId, ClaimStatus.PENDING)) {
            return Optional.empty();
        }
        InvestorConflictFinder.Candidate target = finder.claimTarget(lead);
        if (target == null) {
            return Optional.empty();
        }
        Lead first = target.lead();
        InvestorClaim claim = claims.save(new InvestorClaim(
                lead,
                first,
                target.match().reason(),
                limit(reason),
                users.getReferenceById(user.userId()),
                clock.instant()));
        Protection now = protectionOf(first);
        if (now.lapsed()) {
            grant(claim, lead, first, now.state());
        } else {
            announce(claim, lead, first);
        }
        return Optional.of(claim);
    }

    /** The first report no longer protects its investor: the claimant gets it, without a ruling. */
    private void grant(InvestorClaim claim, Lead claimLead, Lead first, ProtectionState because) {
        long previousOwnerId = first.getOwner().getId();
        String firstLeadNo = first.getLeadNo();
        String reasonLabel = chinese(because.translationKey());
        claim.grant(because, clock.instant());
        claims.saveAndFlush(claim);
        settlement.settleGrantedClaim(
                claimLead.getId(),
                first.getId(),
                chinese(
                        "practice.note.grantedHandover",
                        reasonLabel,
                        claimLead.getUnit().getNameZh(),
                        claimLead.getOwner().getDisplayName()),
                chinese(
                        "practice.note.grantedClose",
                        reasonLabel,
                        firstLeadNo,
                        claimLead.getUnit().getNameZh()));
        notifications.notify(
                previousOwnerId,
                NoticeMessage.of(
                                NoticeType.FIRST_REPORT_EXPIRED,
                                "practice.notice.firstReportExpired",
                                firstLeadNo,
                                NoticeArg.translated(because.translationKey()),
                                claimLead.getUnit(),
                                claimLead.getOwner().getDisplayName())
                        .onceFor("claim-granted:" + claim.getId()));
        notifications.notify(
                claimLead.getOwner().getId(),
                NoticeMessage.of(
                                NoticeType.CLAIM_RULED,
                                "practice.notice.claimGranted",
                                claimLead.getLeadNo(),
                                firstLeadNo,
                                NoticeArg.translated(because.translationKey()))
                        .linkingTo("leads/" + first.getId())
                        .onceFor("claim-ruled:" + claim.getId()));
    }

    /** A protected first report: the claim goes to the leaders, and the first lead's owner learns of it. */
    private void announce(InvestorClaim claim, Lead claimLead, Lead first) {
        notifications.notifyRole(
                Role.LEADER,
                NoticeMessage.of(
                                NoticeType.CLAIM_FILED,
                                "practice.notice.claimFiled",
                                claimLead.getUnit(),
                                first.getUnit(),
                                claimLead.getInvestor().getName())
                        .linkingTo("rulings/" + claim.getId())
                        .onceFor("claim-filed:" + claim.getId()));
        if (!Objects.equals(first.getOwner().getId(), currentUser.require().userId())) {
            notifications.notify(
                    first.getOwner().getId(),
                    NoticeMessage.of(
                                    NoticeType.CLAIM_FILED,
                                    "practice.notice.claimAgainstYou",
                                    claimLead.getUnit(),
                                    first.getLeadNo())
                            .linkingTo("leads/" + first.getId())
                            .onceFor("claim-filed:" + claim.getId()));
        }
    }

    // ---- the ruling queue ---------------------------------------------------------------------------------

    /** Claims in one status: waiting ones oldest first, ruled ones last ruled first. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<ClaimRow> claims(ClaimStatus status, Pageable pageable) {
        Pageable ordered = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                status == ClaimStatus.PENDING ? OLDEST_FIRST : LAST_RULED_FIRST);
        LocalDate today = LocalDate.now(clock);
        return claims.findByStatus(status, ordered).stream()
                .map(c -> toRow(c, today))
                .toList();
    }

    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public long countClaims(ClaimStatus status) {
        return claims.countByStatus(status);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public ClaimDetails load(long claimId) {
        InvestorClaim claim =
                claims.findWithPartiesById(claimId).orElseThrow(() -> new RecordNotFoundException("claim", claimId));
        LeadDetails claimLead = leads.load(claim.getClaimLead().getId());
        LeadDetails firstLead = leads.load(claim.getFirstLead().getId());
        return new ClaimDetails(
                toRow(claim, LocalDate.now(clock)),
                claim.getMatchReason(),
                claim.getReason(),
                claim.getRulingReason(),
                claimLead,
                firstLead,
                protectionOf(claim.getFirstLead()),
                shareRows(claim.getId()));
    }

    /**
     * A leader rules on a waiting claim and the leads follow (see the class description).
     *
     * @throws ValidationException    when the ruling is incomplete (field names as in {@link Ruling})
     * @throws BusinessRuleException  when the claim is ruled already
     * @throws ObjectOptimisticLockingFailureException when someone changed the claim since {@code version}
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public ClaimDetails rule(long claimId, long version, Ruling ruling) {
        AppUserPrincipal user = currentUser.require();
        InvestorClaim claim =
                claims.findWithPartiesById(claimId).orElseThrow(() -> new RecordNotFoundException("claim", claimId));
        if (claim.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(InvestorClaim.class, claimId);
        }
        if (!claim.isPending()) {
            throw new BusinessRuleException("practice.ruling.error.settled");
        }
        validate(ruling);
        ClaimOutcome outcome = Objects.requireNonNull(ruling.outcome());
        String why = ruling.reason().strip();
        Lead claimLead =
                practiceLeads.findWithUnitAndOwner(claim.getClaimLead().getId()).orElseThrow();
        Lead first =
                practiceLeads.findWithUnitAndOwner(claim.getFirstLead().getId()).orElseThrow();
        AppUser firstOwner = first.getOwner();
        AppUser claimant = claimLead.getOwner();
        OrgUnit firstUnit = first.getUnit();
        OrgUnit claimantUnit = claimLead.getUnit();
        String firstLeadNo = first.getLeadNo();
        String claimLeadNo = claimLead.getLeadNo();
        String leader = user.displayName();
        Integer percent = outcome == ClaimOutcome.SHARE ? ruling.claimantPercent() : null;

        claim.rule(outcome, percent, why, users.getReferenceById(user.userId()), clock.instant());
        claims.saveAndFlush(claim);
        switch (outcome) {
            case KEEP ->
                settlement.settleRuling(
                        claimLead.getId(),
                        first.getId(),
                        false,
                        "",
                        chinese(
                                "practice.note.keep",
                                firstUnit.getNameZh(),
                                reportedOn(first).toString(),
                                leader,
                                why));
            case TRANSFER ->
                settlement.settleRuling(
                        claimLead.getId(),
                        first.getId(),
                        true,
                        chinese(
                                "practice.note.transferHandover",
                                claimant.getDisplayName(),
                                claimantUnit.getNameZh(),
                                leader,
                                why),
                        chinese("practice.note.transferClose", firstLeadNo, claimantUnit.getNameZh(), leader, why));
            case SHARE -> {
                int claimantShare = Objects.requireNonNull(percent);
                settlement.settleRuling(
                        claimLead.getId(),
                        first.getId(),
                        false,
                        "",
                        chinese("practice.note.shareClose", firstUnit.getNameZh(), claimantShare, leader, why));
                shares.save(new CreditShare(first, firstUnit, firstOwner, 100 - claimantShare, claim, clock.instant()));
                shares.save(new CreditShare(first, claimantUnit, claimant, claimantShare, claim, clock.instant()));
            }
        }
        tellParties(
                claim,
                outcome,
                percent,
                firstOwner,
                claimant,
                firstUnit,
                claimantUnit,
                firstLeadNo,
                claimLeadNo,
                first.getId(),
                claimLead.getId());
        return load(claimId);
    }

    private void tellParties(
            InvestorClaim claim,
            ClaimOutcome outcome,
            @Nullable Integer percent,
            AppUser firstOwner,
            AppUser claimant,
            OrgUnit firstUnit,
            OrgUnit claimantUnit,
            String firstLeadNo,
            String claimLeadNo,
            long firstLeadId,
            long claimLeadId) {
        String dedup = "claim-ruled:" + claim.getId();
        NoticeMessage toClaimant = switch (outcome) {
            case KEEP ->
                NoticeMessage.of(NoticeType.CLAIM_RULED, "practice.notice.ruledKeepClaimant", claimLeadNo, firstUnit)
                        .linkingTo("leads/" + claimLeadId);
            case TRANSFER ->
                NoticeMessage.of(
                                NoticeType.CLAIM_RULED,
                                "practice.notice.ruledTransferClaimant",
                                claimLeadNo,
                                firstLeadNo)
                        .linkingTo("leads/" + firstLeadId);
            case SHARE ->
                NoticeMessage.of(
                                NoticeType.CLAIM_RULED,
                                "practice.notice.ruledShareClaimant",
                                claimLeadNo,
                                firstUnit,
                                Objects.requireNonNull(percent))
                        .linkingTo("leads/" + claimLeadId);
        };
        NoticeMessage toFirst = switch (outcome) {
            case KEEP ->
                NoticeMessage.of(NoticeType.CLAIM_RULED, "practice.notice.ruledKeepFirst", firstLeadNo, claimantUnit)
                        .linkingTo("leads/" + firstLeadId);
            case TRANSFER ->
                NoticeMessage.of(
                        NoticeType.CLAIM_RULED,
                        "practice.notice.ruledTransferFirst",
                        firstLeadNo,
                        claimantUnit,
                        claimant.getDisplayName());
            case SHARE ->
                NoticeMessage.of(
                                NoticeType.CLAIM_RULED,
                                "practice.notice.ruledShareFirst",
                                firstLeadNo,
                                claimantUnit,
                                Objects.requireNonNull(percent))
                        .linkingTo("leads/" + firstLeadId);
        };
        notifications.notify(claimant.getId(), toClaimant.onceFor(dedup));
        notifications.notify(firstOwner.getId(), toFirst.onceFor(dedup));
    }

    private static void validate(Ruling ruling) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ruling.outcome() == null) {
            problems.add(new FieldProblem("outcome", "practice.ruling.error.outcome"));
        }
        if (ruling.reason() == null || ruling.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "practice.ruling.error.reason"));
        } else if (ruling.reason().strip().length() > InvestorClaim.MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "practice.ruling.error.tooLong", InvestorClaim.MAX_REASON_LENGTH));
        }
        if (ruling.outcome() == ClaimOutcome.SHARE
                && (ruling.claimantPercent() == null
                        || ruling.claimantPercent() < 1
                        || ruling.claimantPercent() > 99)) {
            problems.add(new FieldProblem("claimantPercent", "practice.ruling.error.percent"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    // ---- on a lead's page ---------------------------------------------------------------------------------

    /**
     * The claims a lead is party to, for its page, masked for the signed-in user: the other lead shows only its
     * unit, first-report day and stage, unless the user may see it anyway.
     *
     * @throws RecordNotFoundException when the user may not see the lead
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LeadClaimRow> claimsOfLead(long leadId) {
        AppUserPrincipal user = currentUser.require();
        leads.load(leadId); // the same visibility as the lead's page
        boolean leaderOrAdmin = user.role() != Role.OFFICER;
        List<LeadClaimRow> rows = new ArrayList<>();
        for (InvestorClaim claim : claims.findByParty(leadId)) {
            boolean claimantSide = claim.getClaimLead().getId() == leadId;
            Lead other = claimantSide ? claim.getFirstLead() : claim.getClaimLead();
            Lead otherWithUnit =
                    practiceLeads.findWithUnitAndOwner(other.getId()).orElseThrow();
            boolean seesOther =
                    leaderOrAdmin || Objects.equals(otherWithUnit.getUnit().getId(), user.unitId());
            boolean seesFiler = seesOther || claimantSide;
            AppUser ruledBy = claim.getRuledBy();
            rows.add(new LeadClaimRow(
                    claim.getId(),
                    claimantSide,
                    claim.getStatus(),
                    claim.getFiledAt(),
                    seesFiler ? claim.getFiledBy().getDisplayName() : null,
                    claim.getClaimantUnit().getNameZh(),
                    claim.getClaimantUnit().getNameEn(),
                    claim.getFirstUnit().getNameZh(),
                    claim.getFirstUnit().getNameEn(),
                    claim.getReason(),
                    seesOther ? otherWithUnit.getId() : null,
                    seesOther ? otherWithUnit.getLeadNo() : null,
                    otherWithUnit.getUnit().getNameZh(),
                    otherWithUnit.getUnit().getNameEn(),
                    reportedOn(otherWithUnit),
                    otherWithUnit.getStage(),
                    claim.getOutcome(),
                    claim.getClaimantPercent(),
                    ruledBy == null ? null : ruledBy.getDisplayName(),
                    claim.getRuledAt(),
                    claim.getRulingReason(),
                    claim.getGrantedBecause(),
                    maskedShares(claim.getId(), user),
                    leaderOrAdmin && claim.isPending()));
        }
        return rows;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Protection protectionOf(Lead lead) {
        return protectionOf(lead, LocalDate.now(clock));
    }

    /** The first report's protection on {@code today}; 超期 as the response clocks measure it. */
    private Protection protectionOf(Lead lead, LocalDate today) {
        boolean overdue = lead.getStage().isActive()
                && clocks.level(lead.getLastActivityOn(), today) == ResponseClocks.Level.OVERDUE;
        return protection.on(today, lead.getStage(), reportedOn(lead), lead.getLastActivityOn(), overdue);
    }

    private LocalDate reportedOn(Lead lead) {
        return LocalDate.ofInstant(lead.getFirstReportedAt(), clock.getZone());
    }

    private ClaimRow toRow(InvestorClaim claim, LocalDate today) {
        Lead claimLead = claim.getClaimLead();
        Lead first = claim.getFirstLead();
        AppUser ruledBy = claim.getRuledBy();
        return new ClaimRow(
                claim.getId(),
                claim.getVersion(),
                claim.getStatus(),
                claim.getFiledAt(),
                claim.getFiledBy().getDisplayName(),
                claimLead.getId(),
                claimLead.getLeadNo(),
                claimLead.getInvestor().getName(),
                claim.getClaimantUnit().getNameZh(),
                claim.getClaimantUnit().getNameEn(),
                first.getId(),
                first.getLeadNo(),
                claim.getFirstUnit().getNameZh(),
                claim.getFirstUnit().getNameEn(),
                protectionOf(first, today).state(),
                claim.getOutcome(),
                claim.getClaimantPercent(),
                claim.getRuledAt(),
                ruledBy == null ? null : ruledBy.getDisplayName(),
                claim.getGrantedBecause() != null);
    }

    private List<ShareRow> shareRows(long claimId) {
        return shares.findByClaimIdOrderByIdAsc(claimId).stream()
                .map(s -> new ShareRow(
                        s.getUnit().getNameZh(),
                        s.getUnit().getNameEn(),
                        s.getOfficer() == null ? null : s.getOfficer().getDisplayName(),
                        s.getPercent()))
                .toList();
    }

    /** The shares, with the officer of another unit left unnamed for an officer. */
    private List<ShareRow> maskedShares(long claimId, AppUserPrincipal user) {
        return shares.findByClaimIdOrderByIdAsc(claimId).stream()
                .map(s -> new ShareRow(
                        s.getUnit().getNameZh(),
                        s.getUnit().getNameEn(),
                        s.getOfficer() == null
                                        || (user.role() == Role.OFFICER
                                                && !Objects.equals(s.getUnit().getId(), user.unitId()))
                                ? null
                                : s.getOfficer().getDisplayName(),
                        s.getPercent()))
                .toList();
    }

    private String chinese(String key, Object... args) {
        return texts.getTranslation(key, AppLocales.CHINESE, args);
    }

    private static String limit(String text) {
        String stripped = text.strip();
        return stripped.length() <= InvestorClaim.MAX_REASON_LENGTH
                ? stripped
                : stripped.substring(0, InvestorClaim.MAX_REASON_LENGTH);
    }
}
