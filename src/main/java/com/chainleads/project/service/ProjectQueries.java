package com.chainleads.project.service;

import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.MilestoneKindName;
import com.chainleads.construction.service.MilestoneKindService;
import com.chainleads.construction.service.ProgressSummary;
import com.chainleads.construction.service.ProjectFigureService;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadIdSet;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The query side of {@code /projects}: every signed project (签约 or later) the caller may see, largest investment
 * first, with its construction summary and open issues.
 *
 * <p><b>How it scales (≈100,000 signed among 1,000,000 leads).</b> The lead index answers every list: text, sector,
 * unit, 总投资 ≥ 1亿, the stages 签约…达产, the caller's unit, the order, the count and the page. What it does not hold
 * — the construction status as of today, open issues, 开工 / 投产 / 达产 or investment in a year — narrows it as a
 * set of lead ids read from the rows the cockpit's figures are counted from ({@link ProjectFigureService}: index
 * ranges on the projects' dates; {@link IssueQueries}: the open issues), so the list and the figure agree and the
 * read grows with the projects that match, never with the leads. A page's construction summaries then come from
 * {@code project_progress} in one query on its unique {@code lead_id} index, with the status as of today; its open
 * issues in one grouped query on {@code coordination_issue}'s lead index.
 */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ProjectQueries {

    private static final BigDecimal ONE_YI_WAN = new BigDecimal("10000");
    private static final Sort ORDER = Sort.by(Sort.Direction.DESC, "totalInvestment");

    private final LeadQueries leads;
    private final ConstructionService construction;
    private final MilestoneKindService kinds;
    private final IssueQueries issues;
    private final ProjectFigureService figures;

    ProjectQueries(
            LeadQueries leads,
            ConstructionService construction,
            MilestoneKindService kinds,
            IssueQueries issues,
            ProjectFigureService figures) {
        this.leads = leads;
        this.construction = construction;
        this.kinds = kinds;
        this.issues = issues;
        this.figures = figures;
    }

    /**
     * A filter with the projects the construction and coordination figures pick for it, read once: the count above
     * the list and the page shown with it narrow the index by the same pick, so a look reads the pick once.
     */
    public record Narrowed(ProjectFilter filter, LeadIdSet among) {}

    public Narrowed narrow(ProjectFilter filter) {
        return new Narrowed(filter, among(filter));
    }

    /** One page of the list. */
    public List<ProjectRow> page(ProjectFilter filter, Pageable pageable) {
        return page(narrow(filter), pageable);
    }

    public List<ProjectRow> page(Narrowed narrowed, Pageable pageable) {
        return rows(leads.findRows(
                leadFilter(narrowed.filter()),
                narrowed.among(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER)));
    }

    /** How many projects match. */
    public long count(ProjectFilter filter) {
        return count(narrow(filter));
    }

    public long count(Narrowed narrowed) {
        return leads.count(leadFilter(narrowed.filter()), narrowed.among());
    }

    /** The projects the construction and coordination figures pick for the filter (all when it asks nothing of them). */
    private LeadIdSet among(ProjectFilter filter) {
        LeadIdSet among = LeadIdSet.ALL;
        if (!filter.statuses().isEmpty()) {
            among = among.and(figures.projectsWithStatus(filter.statuses()));
        }
        if (filter.withOpenIssues()) {
            among = among.and(issues.projectsWithOpenIssues());
        }
        if (filter.reachesInYear()) {
            among = among.and(figures.projectsReaching(
                    filter.started(), filter.producing(), filter.fullCapacity(), filter.invested()));
        }
        return among;
    }

    static LeadFilter leadFilter(ProjectFilter filter) {
        return LeadFilter.NONE
                .withText(filter.text())
                .withStages(LeadStage.SIGNED_OR_LATER)
                .withSectors(filter.sectors())
                .withUnit(filter.unit())
                .withInvestment(filter.atLeastOneYi() ? ONE_YI_WAN : null, null);
    }

    private List<ProjectRow> rows(List<LeadRow> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(LeadRow::id).toList();
        Map<Long, ProgressSummary> progress = construction.progressOfLeads(ids);
        Map<Long, Long> openIssues = issues.openCountsOfLeads(ids);
        Map<Long, MilestoneKindName> kindsById = kinds.names();
        List<ProjectRow> rows = new ArrayList<>(page.size());
        for (LeadRow lead : page) {
            ProgressSummary summary = progress.get(lead.id());
            MilestoneKindName next =
                    summary == null || summary.nextKindId() == null ? null : kindsById.get(summary.nextKindId());
            BigDecimal completed = summary == null ? BigDecimal.ZERO : summary.completedTotal();
            BigDecimal total = lead.totalInvestment();
            rows.add(new ProjectRow(
                    lead.id(),
                    lead.leadNo(),
                    lead.projectName(),
                    lead.investorName(),
                    lead.sectorNameZh(),
                    lead.sectorNameEn(),
                    lead.unitNameZh(),
                    lead.unitNameEn(),
                    total,
                    next == null ? null : next.nameZh(),
                    next == null ? null : next.nameEn(),
                    summary == null ? null : summary.nextPlannedOn(),
                    summary == null ? ProjectStatus.NO_PLAN : summary.statusToday(),
                    openIssues.getOrDefault(lead.id(), 0L),
                    completed,
                    total == null || total.signum() <= 0
                            ? null
                            : completed.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP)));
        }
        return rows;
    }
}
