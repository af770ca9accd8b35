package com.chainleads.construction.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.construction.domain.ConstructionAuditEntry.Subject;
import com.chainleads.construction.domain.InvestmentMonth;
import com.chainleads.construction.domain.InvestmentMonthRepository;
import com.chainleads.lead.service.LeadDetails;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 完成投资: a signed project's investment planned and completed month by month (万元), the running totals and the
 * share completed of the lead's 总投资. Same access as the plan ({@link ProjectAccess}): the lead's
 * visibility, edits by whoever may edit the lead. Rules: a month is given once per project; figures are amounts
 * of at most 12 digits before the point and not negative, at least one of the two; nothing completed in a month
 * still to come; no month before the month of signing.
 */
@Service
@PermitAll
@Transactional
public class InvestmentService {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final ProjectAccess access;
    private final ProgressWriter progress;
    private final InvestmentMonthRepository months;
    private final PlanReader reader;
    private final ConstructionLog log;
    private final Clock clock;

    InvestmentService(
            ProjectAccess access,
            ProgressWriter progress,
            InvestmentMonthRepository months,
            PlanReader reader,
            ConstructionLog log,
            Clock clock) {
        this.access = access;
        this.progress = progress;
        this.months = months;
        this.reader = reader;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InvestmentFigures figures(long leadId) {
        LeadDetails lead = access.signedLead(leadId);
        return reader.figures(lead, lead.permissions().canEdit());
    }

    public InvestmentFigures save(long leadId, InvestmentDraft draft) {
        LeadDetails lead = access.editableLead(leadId);
        List<FieldProblem> problems = check(draft, lead.draft().getSignedOn(), YearMonth.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        YearMonth month = java.util.Objects.requireNonNull(draft.month());
        LocalDate first = month.atDay(1);
        InvestmentMonth row;
        if (draft.id() == null) {
            if (months.findByLeadIdAndMonth(leadId, first).isPresent()) {
                throw new ValidationException(List.of(new FieldProblem("month", "construction.error.monthTaken")));
            }
            row = new InvestmentMonth(leadId, first);
        } else {
            row = months.findById(draft.id())
                    .filter(found -> found.getLeadId() == leadId)
                    .orElseThrow(() -> new ObjectOptimisticLockingFailureException(InvestmentMonth.class, draft.id()));
            if (row.getVersion() != draft.version()) {
                throw new ObjectOptimisticLockingFailureException(InvestmentMonth.class, draft.id());
            }
            if (!row.getMonth().equals(first)) {
                if (months.findByLeadIdAndMonth(leadId, first).isPresent()) {
                    throw new ValidationException(List.of(new FieldProblem("month", "construction.error.monthTaken")));
                }
                log.changed(
                        leadId,
                        Subject.INVESTMENT,
                        YearMonth.from(row.getMonth()) + ".month",
                        YearMonth.from(row.getMonth()),
                        month);
                row.setMonth(first);
            }
        }
        log.changed(leadId, Subject.INVESTMENT, month + ".planned", row.getPlanned(), draft.planned());
        log.changed(leadId, Subject.INVESTMENT, month + ".completed", row.getCompleted(), draft.completed());
        row.setPlanned(draft.planned());
        row.setCompleted(draft.completed());
        months.saveAndFlush(row);
        progress.refresh(leadId);
        return reader.figures(lead, true);
    }

    public InvestmentFigures delete(long leadId, long id, long version) {
        LeadDetails lead = access.editableLead(leadId);
        InvestmentMonth row = months.findById(id)
                .filter(found -> found.getLeadId() == leadId)
                .orElseThrow(() -> new RecordNotFoundException("investment month", id));
        if (row.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(InvestmentMonth.class, id);
        }
        YearMonth month = YearMonth.from(row.getMonth());
        log.changed(leadId, Subject.INVESTMENT, month + ".planned", row.getPlanned(), null);
        log.changed(leadId, Subject.INVESTMENT, month + ".completed", row.getCompleted(), null);
        months.delete(row);
        months.flush();
        progress.refresh(leadId);
        return reader.figures(lead, true);
    }

    /** The problems of a month's figures, by form field (month, planned, completed). */
    static List<FieldProblem> check(InvestmentDraft draft, @Nullable LocalDate signedOn, YearMonth thisMonth) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth month = draft.month();
        if (month == null) {
            problems.add(new FieldProblem("month", "construction.error.monthRequired"));
        } else if (signedOn != null && month.isBefore(YearMonth.from(signedOn))) {
            problems.add(new FieldProblem("month", "construction.error.monthBeforeSigning", YearMonth.from(signedOn)));
        }
        if (draft.planned() == null && draft.completed() == null) {
            problems.add(new FieldProblem("completed", "construction.error.figuresEmpty"));
        }
        amount(problems, "planned", draft.planned());
        amount(problems, "completed", draft.completed());
        if (month != null
                && month.isAfter(thisMonth)
                && draft.completed() != null
                && draft.completed().signum() > 0) {
            problems.add(new FieldProblem("completed", "construction.error.completedInFuture"));
        }
        return problems;
    }

    private static void amount(List<FieldProblem> problems, String field, @Nullable BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "construction.error.negative"));
        } else if (value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) {
            problems.add(new FieldProblem(field, "construction.error.amount"));
        }
    }
}
