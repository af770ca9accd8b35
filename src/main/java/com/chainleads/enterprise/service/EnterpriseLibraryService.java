package com.chainleads.enterprise.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.chain.summary.LinkTierCounts;
import com.chainleads.enterprise.cultivation.service.Standings;
import com.chainleads.enterprise.domain.EnterpriseAuditEntry.Action;
import com.chainleads.enterprise.domain.EnterpriseAuditEntry.Subject;
import com.chainleads.enterprise.domain.EnterpriseAuditRepository;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.InnovationPlatform;
import com.chainleads.enterprise.domain.InnovationPlatformRepository;
import com.chainleads.enterprise.domain.TierHolding;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.enterprise.domain.TierRuleRepository;
import com.chainleads.enterprise.domain.YearlyIndicators;
import com.chainleads.enterprise.domain.YearlyIndicatorsRepository;
import com.chainleads.enterprise.summary.LadderStandings;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise library (企业库): the district's local enterprises as full records — sector and chain links, 规上
 * flag, tiers held with their dates, innovation platforms and yearly figures. Everyone at the bureau reads it;
 * administrators and the 科技科 ({@link Role#TECH_OFFICE}) edit it. Every change goes to the change log, every
 * refusal names its field, and a save over someone else's newer save is refused ({@code @Version}).
 *
 * <p>Size: the profile, tiers, platforms and yearly figures each have a short save with its field checks and change-
 * log entry, sharing one access rule and one version check.
 */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional(readOnly = true)
public class EnterpriseLibraryService {

    static final int MAX_NAME = 200;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
    public static final int FIRST_YEAR = 1980;
    private static final Logger log = LoggerFactory.getLogger(EnterpriseLibraryService.class);

    private final EnterpriseLibraryRepository enterprises;
    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final TierHoldingRepository tiers;
    private final TierRuleRepository tierRules;
    private final InnovationPlatformRepository platforms;
    private final YearlyIndicatorsRepository indicators;
    private final EnterpriseAuditRepository auditEntries;
    private final LibraryQueries queries;
    private final EnterpriseAudit audit;
    private final AppUserRepository users;
    private final LadderStandings ladder;
    private final LinkTierCounts mapCounts;
    private final Standings standings;
    private final Clock clock;

    EnterpriseLibraryService(
            EnterpriseLibraryRepository enterprises,
            SectorRepository sectors,
            ChainLinkRepository links,
            TierHoldingRepository tiers,
            TierRuleRepository tierRules,
            InnovationPlatformRepository platforms,
            YearlyIndicatorsRepository indicators,
            EnterpriseAuditRepository auditEntries,
            LibraryQueries queries,
            EnterpriseAudit audit,
            AppUserRepository users,
            LadderStandings ladder,
            LinkTierCounts mapCounts,
            Standings standings,
            Clock clock) {
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.links = links;
        this.tiers = tiers;
        this.tierRules = tierRules;
        this.platforms = platforms;
        this.indicators = indicators;
        this.auditEntries = auditEntries;
        this.queries = queries;
        this.audit = audit;
        this.users = users;
        this.ladder = ladder;
        this.mapCounts = mapCounts;
        this.standings = standings;
        this.clock = clock;
    }

    /** One page of the filtered library, by name unless the pageable sorts otherwise. */
    public List<LibraryRow> list(LibraryFilter filter, Pageable pageable) {
        return queries.page(filter, today(), pageable);
    }

    public long count(LibraryFilter filter) {
        return queries.count(filter, today());
    }

    public Optional<EnterpriseDetail> find(long id) {
        return enterprises.findById(id).map(this::detail);
    }

    public List<ChangeLine> history(long id) {
        return auditEntries.findByEnterpriseIdOrderByOccurredAtDescIdDesc(id).stream()
                .map(e -> new ChangeLine(
                        e.getOccurredAt(),
                        e.getActorName(),
                        e.getSubject(),
                        e.getAction(),
                        e.getField(),
                        e.getOldValue(),
                        e.getNewValue()))
                .toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail create(ProfileCommand command) {
        CreditCode code = CreditCode.parseOrRefuse("creditCode", command.creditCode());
        if (enterprises.existsByCreditCode(code)) {
            throw new BusinessRuleException("creditCode", "enterprise.error.creditCodeTaken", code.value());
        }
        LocalEnterprise enterprise = new LocalEnterprise(name(command.name()), code);
        apply(enterprise, command);
        enterprises.saveAndFlush(enterprise);
        mapCounts.moved(LinkTierCounts.Place.NOWHERE, LinkTierCounts.Place.of(enterprise));
        audit.changed(
                enterprise.getId(),
                Subject.ENTERPRISE,
                Action.CREATE,
                "",
                Map.of(),
                EnterpriseAudit.snapshot(enterprise));
        ladder.refresh(enterprise.getId());
        standings.refresh(enterprise.getId());
        log.info("Enterprise {} added to the library", code.value());
        return detail(enterprise);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail update(long id, long version, ProfileCommand command) {
        LocalEnterprise enterprise = load(id);
        checkVersion(LocalEnterprise.class, id, enterprise.getVersion(), version);
        Map<String, @Nullable String> before = EnterpriseAudit.snapshot(enterprise);
        LinkTierCounts.Place wasOnMap = LinkTierCounts.Place.of(enterprise);
        CreditCode code = CreditCode.parseOrRefuse("creditCode", command.creditCode());
        if (!code.equals(enterprise.getCreditCode()) && enterprises.existsByCreditCode(code)) {
            throw new BusinessRuleException("creditCode", "enterprise.error.creditCodeTaken", code.value());
        }
        enterprise.setName(name(command.name()));
        enterprise.setCreditCode(code);
        apply(enterprise, command);
        enterprises.saveAndFlush(enterprise);
        mapCounts.moved(wasOnMap, LinkTierCounts.Place.of(enterprise));
        audit.changed(id, Subject.ENTERPRISE, Action.UPDATE, "", before, EnterpriseAudit.snapshot(enterprise));
        ladder.refresh(id);
        standings.refresh(id);
        return detail(enterprise);
    }

    /**
     * Removes a firm from the library with its tiers, platforms and figures (a firm that left the district or was
     * entered twice); its change log stays, ending with the removal.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public void delete(long id, long version) {
        LocalEnterprise enterprise = load(id);
        checkVersion(LocalEnterprise.class, id, enterprise.getVersion(), version);
        audit.write(id, Subject.ENTERPRISE, Action.DELETE, "name", enterprise.getName(), null);
        LinkTierCounts.Place wasOnMap = LinkTierCounts.Place.of(enterprise);
        enterprises.delete(enterprise);
        enterprises.flush();
        mapCounts.moved(wasOnMap, LinkTierCounts.Place.NOWHERE);
        ladder.refresh(id); // the firm's points and gap went with it (foreign key)
        log.info(
                "Enterprise {} removed from the library",
                enterprise.getCreditCode().value());
    }

    /** Records a tier granted; its last valid day follows the tier's validity unless the certificate says otherwise. */
    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail addTier(long enterpriseId, TierCommand command) {
        LocalEnterprise enterprise = load(enterpriseId);
        CultivationTier tier = command.tier();
        if (tier == null) {
            throw new BusinessRuleException("tier", "validation.required");
        }
        LocalDate granted = command.grantedOn();
        if (granted == null) {
            throw new BusinessRuleException("grantedOn", "enterprise.error.tierDate");
        }
        if (granted.isAfter(today())) {
            throw new BusinessRuleException("grantedOn", "enterprise.error.future");
        }
        LocalDate validUntil = command.validUntil() != null
                ? command.validUntil()
                : tierRules.findByTier(tier).orElseThrow().validUntil(granted);
        if (validUntil.isBefore(granted)) {
            throw new BusinessRuleException("validUntil", "enterprise.error.validUntil");
        }
        if (tiers.existsByEnterpriseIdAndTierAndGrantedOn(enterpriseId, tier, granted)) {
            throw new BusinessRuleException("grantedOn", "enterprise.error.tierTwice");
        }
        TierHolding holding = tiers.save(
                new TierHolding(enterprise, tier, granted, validUntil, blankToNull(command.certificateNo())));
        audit.write(enterpriseId, Subject.TIER, Action.CREATE, "tier", null, EnterpriseAudit.describe(holding));
        return touched(enterprise);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail removeTier(long tierId, long version) {
        TierHolding holding =
                tiers.findById(tierId).orElseThrow(() -> new BusinessRuleException("enterprise.error.notFound"));
        checkVersion(TierHolding.class, tierId, holding.getVersion(), version);
        LocalEnterprise enterprise = holding.getEnterprise();
        tiers.delete(holding);
        audit.write(enterprise.getId(), Subject.TIER, Action.DELETE, "tier", EnterpriseAudit.describe(holding), null);
        return touched(enterprise);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail addPlatform(long enterpriseId, PlatformCommand command) {
        LocalEnterprise enterprise = load(enterpriseId);
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BusinessRuleException("name", "enterprise.error.platformName", MAX_NAME);
        }
        if (command.type() == null) {
            throw new BusinessRuleException("type", "validation.required");
        }
        if (command.level() == null) {
            throw new BusinessRuleException("level", "validation.required");
        }
        if (command.recognisedOn() != null && command.recognisedOn().isAfter(today())) {
            throw new BusinessRuleException("recognisedOn", "enterprise.error.future");
        }
        InnovationPlatform platform = platforms.save(
                new InnovationPlatform(enterprise, name, command.type(), command.level(), command.recognisedOn()));
        audit.write(
                enterpriseId, Subject.PLATFORM, Action.CREATE, "platform", null, EnterpriseAudit.describe(platform));
        return touched(enterprise);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail removePlatform(long platformId, long version) {
        InnovationPlatform platform = platforms
                .findById(platformId)
                .orElseThrow(() -> new BusinessRuleException("enterprise.error.notFound"));
        checkVersion(InnovationPlatform.class, platformId, platform.getVersion(), version);
        LocalEnterprise enterprise = platform.getEnterprise();
        platforms.delete(platform);
        audit.write(
                enterprise.getId(),
                Subject.PLATFORM,
                Action.DELETE,
                "platform",
                EnterpriseAudit.describe(platform),
                null);
        return touched(enterprise);
    }

    /**
     * Enters or corrects a year's figures. A new year ({@code indicatorsId} null) must not be there already; a
     * correction names the row and the version it was read at.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public EnterpriseDetail saveIndicators(
            long enterpriseId, @Nullable Long indicatorsId, long version, IndicatorsCommand command) {
        LocalEnterprise enterprise = load(enterpriseId);
        Integer year = command.year();
        if (year == null || year < FIRST_YEAR || year > today().getYear()) {
            throw new BusinessRuleException(
                    "year", "enterprise.error.year", String.valueOf(FIRST_YEAR), String.valueOf(today().getYear()));
        }
        checkFigures(command);
        YearlyIndicators row;
        Map<String, @Nullable String> before;
        if (indicatorsId == null) {
            if (indicators.findByEnterpriseIdAndYear(enterpriseId, year).isPresent()) {
                throw new BusinessRuleException("year", "enterprise.error.yearTaken", String.valueOf(year));
            }
            row = new YearlyIndicators(enterprise, year);
            before = Map.of();
        } else {
            row = indicators
                    .findById(indicatorsId)
                    .filter(found -> found.getEnterprise().getId().equals(enterpriseId) && found.getYear() == year)
                    .orElseThrow(() -> new BusinessRuleException("enterprise.error.notFound"));
            checkVersion(YearlyIndicators.class, indicatorsId, row.getVersion(), version);
            before = EnterpriseAudit.figures(figuresOf(row));
        }
        row.setFigures(
                scaled(command.revenueWan()),
                scaled(command.taxWan()),
                scaled(command.rdExpenseWan()),
                command.rdStaff(),
                command.staff(),
                command.inventionPatents(),
                command.utilityPatents(),
                command.designPatents(),
                command.softwareCopyrights());
        indicators.saveAndFlush(row);
        audit.changed(
                enterpriseId,
                Subject.INDICATORS,
                indicatorsId == null ? Action.CREATE : Action.UPDATE,
                year + ".",
                before,
                EnterpriseAudit.figures(figuresOf(row)));
        return touched(enterprise);
    }

    /** The checks of a year's figures, refusing at the figure's field; the library import runs them on each row. */
    public static void checkFigures(IndicatorsCommand command) {
        command.figures().forEach((field, value) -> {
            if (value != null && (value instanceof BigDecimal amount ? amount.signum() < 0 : value.longValue() < 0)) {
                throw new BusinessRuleException(field, "enterprise.error.negative");
            }
            if (value instanceof BigDecimal amount && amount.compareTo(MAX_AMOUNT) > 0) {
                throw new BusinessRuleException(field, "enterprise.error.tooLarge");
            }
        });
        if (command.rdStaff() != null && command.staff() != null && command.rdStaff() > command.staff()) {
            throw new BusinessRuleException("rdStaff", "enterprise.error.rdStaff");
        }
        if (command.rdExpenseWan() != null
                && command.revenueWan() != null
                && command.rdExpenseWan().compareTo(command.revenueWan()) > 0
                && command.revenueWan().signum() > 0) {
            throw new BusinessRuleException("rdExpenseWan", "enterprise.error.rdExpense");
        }
    }

    /**
     * After a tier, platform or year changed: the enterprise's top tier held today (the map shows it) and its stored
     * standing (points, gap to the next tier) follow.
     */
    private EnterpriseDetail touched(LocalEnterprise enterprise) {
        LinkTierCounts.Place wasOnMap = LinkTierCounts.Place.of(enterprise);
        enterprise.setCultivationTier(tiers.heldBy(List.of(enterprise.getId()), today()).stream()
                .map(com.chainleads.enterprise.domain.EnterpriseTier::tier)
                .max(Enum::compareTo)
                .orElse(null));
        enterprises.saveAndFlush(enterprise);
        mapCounts.moved(wasOnMap, LinkTierCounts.Place.of(enterprise));
        // the ladder's counts, the firm's points and its gap to the next tier follow in the same transaction
        ladder.refresh(enterprise.getId());
        standings.refresh(enterprise.getId());
        return detail(enterprise);
    }

    private void apply(LocalEnterprise enterprise, ProfileCommand command) {
        if (command.sectorId() == null) {
            throw new BusinessRuleException("sectorId", "validation.required");
        }
        Sector sector = sectors.findById(command.sectorId())
                .orElseThrow(() -> new BusinessRuleException("sectorId", "validation.required"));
        enterprise.setSector(sector);
        if (command.linkIds().isEmpty()) {
            throw new BusinessRuleException("links", "enterprise.error.links");
        }
        List<ChainLink> chosen = links.findAllById(command.linkIds());
        if (chosen.size() != command.linkIds().size()) {
            throw new BusinessRuleException("links", "chain.edit.error.linkNotFound");
        }
        enterprise.setLinks(new HashSet<>(chosen));
        enterprise.setAboveScale(command.aboveScale());
        BigDecimal output = command.annualOutputWan();
        if (output != null && (output.signum() < 0 || output.compareTo(MAX_AMOUNT) > 0)) {
            throw new BusinessRuleException("annualOutputWan", "enterprise.error.negative");
        }
        enterprise.setAnnualOutputWan(scaled(output));
        if (command.jobs() != null && command.jobs() < 0) {
            throw new BusinessRuleException("jobs", "enterprise.error.negative");
        }
        enterprise.setJobs(command.jobs());
        enterprise.setResponsibleOfficer(command.officerId() == null ? null : officer(command.officerId()));
    }

    /** A 服务专员 is an enabled officer. */
    private AppUser officer(long userId) {
        return users.findById(userId)
                .filter(user -> user.isEnabled() && user.getRole() == Role.OFFICER)
                .orElseThrow(() -> new BusinessRuleException("officerId", "enterprise.error.officer"));
    }

    private EnterpriseDetail detail(LocalEnterprise enterprise) {
        long id = enterprise.getId();
        LocalDate today = today();
        ProfileCommand profile = new ProfileCommand(
                enterprise.getName(),
                enterprise.getCreditCode().value(),
                enterprise.getSector() == null ? null : enterprise.getSector().getId(),
                enterprise.getLinks().stream().map(ChainLink::getId).collect(java.util.stream.Collectors.toSet()),
                enterprise.isAboveScale(),
                enterprise.getAnnualOutputWan(),
                enterprise.getJobs(),
                enterprise.getResponsibleOfficer() == null
                        ? null
                        : enterprise.getResponsibleOfficer().getId());
        return new EnterpriseDetail(
                id,
                enterprise.getVersion(),
                profile,
                tiers.findByEnterpriseIdOrderByGrantedOnDescIdDesc(id).stream()
                        .map(t -> new EnterpriseDetail.TierLine(
                                t.getId(),
                                t.getVersion(),
                                t.getTier(),
                                t.getGrantedOn(),
                                t.getValidUntil(),
                                t.getCertificateNo(),
                                t.heldOn(today)))
                        .toList(),
                platforms.findByEnterpriseIdOrderByLevelAscNameAsc(id).stream()
                        .map(p -> new EnterpriseDetail.PlatformLine(
                                p.getId(), p.getVersion(), p.getName(), p.getType(), p.getLevel(), p.getRecognisedOn()))
                        .toList(),
                indicators.findByEnterpriseIdOrderByYearDesc(id).stream()
                        .map(i -> new EnterpriseDetail.IndicatorLine(i.getId(), i.getVersion(), figuresOf(i)))
                        .toList());
    }

    private static IndicatorsCommand figuresOf(YearlyIndicators row) {
        return new IndicatorsCommand(
                row.getYear(),
                row.getRevenueWan(),
                row.getTaxWan(),
                row.getRdExpenseWan(),
                row.getRdStaff(),
                row.getStaff(),
                row.getInventionPatents(),
                row.getUtilityPatents(),
                row.getDesignPatents(),
                row.getSoftwareCopyrights());
    }

    private LocalEnterprise load(long id) {
        return enterprises.findById(id).orElseThrow(() -> new BusinessRuleException("enterprise.error.notFound"));
    }

    private static void checkVersion(Class<?> type, long id, long actual, long expected) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable BigDecimal scaled(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String name(@Nullable String input) {
        String name = input == null ? "" : input.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BusinessRuleException("name", "enterprise.error.name", MAX_NAME);
        }
        return name;
    }
}
