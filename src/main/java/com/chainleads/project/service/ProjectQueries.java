package com.chainleads.project.service;

import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.MilestoneKindName;
import com.chainleads.construction.service.MilestoneKindService;
import com.chainleads.construction.service.ProgressSummary;
import com.chainleads.construction.service.ProjectFigureService;
import com.chainleads.construction.service.ReachedDates;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadFilter;
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
 * <p><b>How it scales (≈100,000 signed among 1,000,000 leads).</b> The lead facts — text, sector, unit, 总投资 ≥ 1亿,
 * the stages 签约…达产, the caller's unit — are answered by the lead search index through {@link LeadQueries}: a
 * page of ids in index order, then only that page's rows. The construction summary of a page comes from
 * {@code project_progress} in one query on its unique {@code lead_id} index, with the status as of today computed
 * from {@code earliest_open_planned_on} (never the status stored at the last write); the open issues of a page in
 * one grouped query on {@code coordination_issue}'s lead index. Without a status or open-issues filter a page
 * costs one index page and two keyed queries, at any depth, and the count is the index's.
 *
 * <p>The status and open-issues filters are answered after the index: the matching projects are walked in index
 * order in chunks of {@value #CHUNK} and kept when their summary matches, at most {@value #SCAN_LIMIT} projects
 * deep (the count then says "at least"). Narrowing by sector, unit or text first keeps the walk short. We chose
 * this over a copy of the lead facts in a table of this feature (kept in step by the lead events, as coordination
 * copies them onto issues) because it reuses the index's visibility and text search as they are, with no second
 * source of truth; the copy table (lead_id, unit_id, sector_id, total_investment, stage, earliest_open_planned_on,
 * completed, open_issues with an index on (earliest_open_planned_on, total_investment)) is the next step if the
 * delayed projects of the whole district must be paged past {@value #SCAN_LIMIT} signed projects.
 */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ProjectQueries {

    static final int CHUNK = 500;
    static final int SCAN_LIMIT = 20_000;
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

    /** How many projects match; {@code exact} is false when the walk stopped at {@link #SCAN_LIMIT}. */
    public record Count(long count, boolean exact) {}

    /** One page of the list. */
    public List<ProjectRow> page(ProjectFilter filter, Pageable pageable) {
        LeadFilter leadFilter = leadFilter(filter);
        if (!filter.filtersAfterIndex()) {
            return rows(leads.findRows(
                    leadFilter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER)));
        }
        long skip = pageable.getOffset();
        int wanted = pageable.getPageSize();
        List<ProjectRow> page = new ArrayList<>(wanted);
        for (int chunk = 0; chunk * CHUNK < SCAN_LIMIT && page.size() < wanted; chunk++) {
            List<LeadRow> found = leads.findRows(leadFilter, PageRequest.of(chunk, CHUNK, ORDER));
            Map<Long, ReachedDates> reached = reached(filter, found);
            for (ProjectRow row : rows(found)) {
                if (matches(filter, row, reached)) {
                    if (skip > 0) {
                        skip--;
                    } else if (page.size() < wanted) {
                        page.add(row);
                    }
                }
            }
            if (found.size() < CHUNK) {
                break;
            }
        }
        return page;
    }

    public Count count(ProjectFilter filter) {
        LeadFilter leadFilter = leadFilter(filter);
        if (!filter.filtersAfterIndex()) {
            return new Count(leads.count(leadFilter), true);
        }
        long count = 0;
        for (int chunk = 0; chunk * CHUNK < SCAN_LIMIT; chunk++) {
            List<LeadRow> found = leads.findRows(leadFilter, PageRequest.of(chunk, CHUNK, ORDER));
            Map<Long, ReachedDates> reached = reached(filter, found);
            count += rows(found).stream()
                    .filter(row -> matches(filter, row, reached))
                    .count();
            if (found.size() < CHUNK) {
                return new Count(count, true);
            }
        }
        return new Count(count, false);
    }

    private static boolean matches(ProjectFilter filter, ProjectRow row, Map<Long, ReachedDates> reached) {
        return (filter.statuses().isEmpty() || filter.statuses().contains(row.status()))
                && (!filter.withOpenIssues() || row.openIssues() > 0)
                && (!filter.reachesInYear()
                        || (reached.containsKey(row.leadId())
                                && reached.get(row.leadId())
                                        .matches(
                                                filter.started(),
                                                filter.producing(),
                                                filter.fullCapacity(),
                                                filter.invested())));
    }

    /** The reached dates of a chunk of projects, read only when the filter asks for a year. */
    private Map<Long, ReachedDates> reached(ProjectFilter filter, List<LeadRow> found) {
        return filter.reachesInYear() && !found.isEmpty()
                ? figures.reachedOfLeads(found.stream().map(LeadRow::id).toList())
                : Map.of();
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
