package com.chainleads.lead.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.search.LeadIndexSync;
import com.chainleads.lead.summary.LeadSummaries;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.OrgUnitRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering leads from an Excel file (Excel 导入): the same rules as the form, checked again here for every
 * row, and the look-ups an import needs before it writes — credit codes already registered, 撞单 per window.
 * Officers import into their own unit; administrators into any.
 */
@Service
@PermitAll
@Transactional
public class LeadImports {

    private final LeadRepository leads;
    private final LeadAudit audit;
    private final LeadNumbers numbers;
    private final LeadReferences references;
    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ObjectProvider<InvestorConflictCheck> conflictChecks;
    private final ApplicationEventPublisher events;
    private final LeadIndexSync indexSync;
    private final LeadSummaries summaries;
    private final ImportedLeadWriter writer;

    LeadImports(
            LeadRepository leads,
            LeadAudit audit,
            LeadNumbers numbers,
            LeadReferences references,
            AppUserRepository users,
            OrgUnitRepository units,
            CurrentUser currentUser,
            Clock clock,
            EntityManager entityManager,
            ObjectProvider<InvestorConflictCheck> conflictChecks,
            ApplicationEventPublisher events,
            LeadIndexSync indexSync,
            LeadSummaries summaries,
            ImportedLeadWriter writer) {
        this.leads = leads;
        this.audit = audit;
        this.numbers = numbers;
        this.references = references;
        this.users = users;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
        this.conflictChecks = conflictChecks;
        this.events = events;
        this.indexSync = indexSync;
        this.summaries = summaries;
        this.writer = writer;
    }

    /** Which of these credit codes some lead already has, in any unit (an import refuses those rows). */
    @Transactional(readOnly = true)
    public Set<String> existingCreditCodes(Collection<String> codes) {
        return codes.isEmpty() ? Set.of() : Set.copyOf(leads.findExistingCreditCodes(codes));
    }

    /**
     * For each investor of an import window, the 撞单 hint that would make its row a claim, or {@code null}: one
     * look-up for the window (see {@link InvestorConflictCheck#claimsRequired}); the import's own new leads are
     * skipped. All {@code null} when no check is installed.
     */
    @Transactional(readOnly = true)
    public List<@Nullable InvestorConflict> investorClaimsRequired(
            List<InvestorToCheck> investors, Collection<Long> skippedLeadIds) {
        currentUser.require();
        InvestorConflictCheck check = conflictChecks.getIfAvailable();
        if (check == null) {
            List<@Nullable InvestorConflict> none = new ArrayList<>(investors.size());
            investors.forEach(investor -> none.add(null));
            return none;
        }
        return check.claimsRequired(investors, skippedLeadIds);
    }

    /**
     * Registers imported leads inside the caller's (the import's) transaction, with the same rules as the form
     * checked again here: officers import into their own unit, owners are officers of the lead's unit, every
     * field valid for the row's stage. Each lead gets a number, a stage history entry and an audit entry naming
     * the file. The numbers are reserved as one block in a short transaction of their own, so the import never
     * holds the lead-number counter that other saves need (a rolled-back import leaves a gap in the numbers); the
     * rows are written in JDBC batches, the summaries told in this transaction and the search index after the
     * commit. Returns the new leads' ids in the order of the rows.
     */
    public List<Long> importLeads(List<LeadImportRow> rows, String fileName) {
        AppUserPrincipal user = currentUser.require();
        if (!LeadAccess.canCreate(user)) {
            throw new AccessDeniedException("Only officers and administrators import leads");
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // as stored everywhere (AuditingConfig)
        AppUser importer = users.getReferenceById(user.userId());
        indexSync.excludeFromAutomaticIndexing();
        record Checked(LeadImportRow row, OrgUnit unit, AppUser owner, LeadReferences.Resolved references) {}
        List<Checked> checked = new ArrayList<>(rows.size());
        for (LeadImportRow row : rows) {
            LeadDraft draft = row.draft();
            List<FieldProblem> problems = new ArrayList<>(LeadRules.validate(draft, row.stage(), today));
            if (row.reportedOn().isAfter(today)) {
                problems.add(new FieldProblem("reportedOn", "lead.error.future"));
            }
            OrgUnit unit = draft.getUnitId() == null
                    ? null
                    : units.findById(draft.getUnitId()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unitId", "lead.error.required"));
            } else if (user.role() == Role.OFFICER && !unit.getId().equals(user.unitId())) {
                problems.add(new FieldProblem("unitId", "lead.import.error.otherUnit"));
            }
            AppUser owner = draft.getOwnerId() == null || unit == null
                    ? null
                    : references.ownerInUnit(draft.getOwnerId(), unit.getId(), problems);
            LeadReferences.Resolved resolved = references.resolve(draft, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            checked.add(new Checked(row, Objects.requireNonNull(unit), Objects.requireNonNull(owner), resolved));
        }
        LeadNumbers.Block numbersOfImport = numbers.reserve(today.getYear(), checked.size());
        List<ImportedLeadWriter.NewLead> newLeads = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            Checked c = checked.get(i);
            LeadImportRow row = c.row();
            Instant reportedAt = row.reportedOn().equals(today)
                    ? now
                    : row.reportedOn().atTime(9, 0).atZone(clock.getZone()).toInstant();
            Lead lead = new Lead(numbersOfImport.number(i), importer, c.unit(), reportedAt, row.reportedOn());
            lead.handOverTo(c.owner(), c.unit());
            LeadMapping.apply(row.draft(), c.references(), lead);
            lead.enterStage(row.stage(), stageDate(row));
            newLeads.add(new ImportedLeadWriter.NewLead(lead, audit.changesOfNew(lead)));
        }
        entityManager.flush(); // whatever Hibernate holds goes before the batches
        List<Long> imported = writer.insert(newLeads, user, now, fileName);
        for (ImportedLeadWriter.NewLead newLead : newLeads) {
            summaries.record(null, summaries.factsOf(newLead.lead()));
        }
        events.publishEvent(new LeadsImported(imported, fileName));
        // written with JDBC: the index takes the leads from the table once the import commits
        indexSync.writeAfterCommit(imported);
        entityManager.clear();
        return imported;
    }

    /** When an imported lead entered its stage: the milestone date the file gives, else the first report. */
    private static LocalDate stageDate(LeadImportRow row) {
        LeadDraft d = row.draft();
        LocalDate milestone = switch (row.stage()) {
            case SIGNED, INCORPORATED -> d.getSignedOn();
            case CONSTRUCTION -> d.getActualStartOn();
            case PRODUCTION, FULL_CAPACITY -> d.getActualProductionOn();
            default -> null;
        };
        return milestone == null || milestone.isBefore(row.reportedOn()) ? row.reportedOn() : milestone;
    }
}
