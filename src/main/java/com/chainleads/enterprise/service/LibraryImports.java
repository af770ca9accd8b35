package com.chainleads.enterprise.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the library's Excel import lands: each checked row goes through the same saves as the enterprise's page
 * ({@link EnterpriseLibraryService}), so every rule is checked again and every change is in the change log. A
 * credit code already in the library updates that firm: its profile from the row (a blank output, jobs or 服务专员
 * keeps the stored one), the row's tier added (unless the
 * firm holds that tier from that day already), the row's year entered or corrected.
 */
@Service
@RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional
public class LibraryImports {

    private static final Logger log = LoggerFactory.getLogger(LibraryImports.class);

    private final EnterpriseLibraryService library;
    private final EnterpriseLibraryRepository enterprises;
    private final TierHoldingRepository tiers;

    LibraryImports(
            EnterpriseLibraryService library, EnterpriseLibraryRepository enterprises, TierHoldingRepository tiers) {
        this.library = library;
        this.enterprises = enterprises;
        this.tiers = tiers;
    }

    /** Stores a batch of checked rows, in file order; returns how many firms were new. */
    public int importRows(List<LibraryImportRow> rows, String fileName) {
        int created = 0;
        for (LibraryImportRow row : rows) {
            CreditCode code =
                    CreditCode.parseOrRefuse("creditCode", row.profile().creditCode());
            Optional<LocalEnterprise> existing = enterprises.findByCreditCode(code);
            EnterpriseDetail firm;
            if (existing.isPresent()) {
                firm = library.update(
                        existing.get().getId(),
                        existing.get().getVersion(),
                        keepingBlanks(row.profile(), existing.get()));
            } else {
                firm = library.create(row.profile());
                created++;
            }
            TierCommand tier = row.tier();
            if (tier != null
                    && !tiers.existsByEnterpriseIdAndTierAndGrantedOn(
                            firm.id(), Objects.requireNonNull(tier.tier()), Objects.requireNonNull(tier.grantedOn()))) {
                firm = library.addTier(firm.id(), tier);
            }
            IndicatorsCommand figures = row.indicators();
            if (figures != null) {
                Optional<EnterpriseDetail.IndicatorLine> year = firm.indicators().stream()
                        .filter(line -> Objects.equals(line.figures().year(), figures.year()))
                        .findFirst();
                library.saveIndicators(
                        firm.id(),
                        year.map(EnterpriseDetail.IndicatorLine::id).orElse(null),
                        year.map(EnterpriseDetail.IndicatorLine::version).orElse(0L),
                        figures);
            }
        }
        log.info("Library import of {}: {} rows, {} new firms", fileName, rows.size(), created);
        return created;
    }

    /** The names of the firms already in the library among these credit codes, by code. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> knownFirms(java.util.Collection<String> creditCodes) {
        java.util.Set<CreditCode> codes = creditCodes.stream()
                .map(CreditCode::parse)
                .flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, String> known = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            for (Object[] row : enterprises.namesByCreditCode(codes)) {
                known.put(((CreditCode) row[0]).value(), (String) row[1]);
            }
        }
        return known;
    }

    /** The row's profile, where a blank optional cell (output, jobs, 服务专员) keeps the firm's stored value. */
    private static ProfileCommand keepingBlanks(ProfileCommand row, LocalEnterprise stored) {
        AppUser officer = stored.getResponsibleOfficer();
        return new ProfileCommand(
                row.name(),
                row.creditCode(),
                row.sectorId(),
                row.linkIds(),
                row.aboveScale(),
                row.annualOutputWan() != null ? row.annualOutputWan() : stored.getAnnualOutputWan(),
                row.jobs() != null ? row.jobs() : stored.getJobs(),
                row.officerId() != null ? row.officerId() : officer == null ? null : officer.getId());
    }
}
