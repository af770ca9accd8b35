package com.chainleads.cockpit.service;

import com.chainleads.coordination.service.IssueFilter;
import com.chainleads.project.service.ProjectFilter;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cockpit's 项目建设 section for one calendar year: "四个一批" (projects signed, started, producing and at full
 * capacity in the year), investment completed against the year's plan, projects delayed as of today by sector and
 * by unit, and open coordination issues by department. Every figure carries the list that shows exactly what it
 * counts: the lead list for 签约, {@code /projects} for the others, {@code /issues} for the issues.
 *
 * @param signed leads signed in the year (their signed amount as the amount)
 * @param severeDelayDays days late beyond which a project is 严重滞后 (the configured rule)
 */
public record ProjectCockpit(
        int year,
        Kpi signed,
        Reached started,
        Reached producing,
        Reached fullCapacity,
        Investment investment,
        List<Delayed> delayedBySector,
        List<Delayed> delayedByUnit,
        List<DepartmentIssues> issuesByDepartment,
        int severeDelayDays) {

    public ProjectCockpit {
        delayedBySector = List.copyOf(delayedBySector);
        delayedByUnit = List.copyOf(delayedByUnit);
        issuesByDepartment = List.copyOf(issuesByDepartment);
    }

    /** Projects that reached a milestone (开工, 投产, 达产) in the year, and their list. */
    public record Reached(String key, long count, ProjectFilter projects) {}

    /**
     * The year's investment planned and completed (万元), the share completed (percent, one decimal; null without a
     * plan), and the projects with figures in the year with their list.
     */
    public record Investment(
            BigDecimal planned,
            BigDecimal completed,
            @Nullable BigDecimal sharePercent,
            long projects,
            ProjectFilter list) {}

    /** Projects of one sector or unit (by code) 滞后 and 严重滞后 as of today, with the list of each. */
    public record Delayed(
            String code, long delayed, long severelyDelayed, ProjectFilter delayedList, ProjectFilter severeList) {

        public long total() {
            return delayed + severelyDelayed;
        }
    }

    /** Open and overdue coordination issues of one department, with the list of each. */
    public record DepartmentIssues(
            String code,
            String nameZh,
            String nameEn,
            long open,
            long overdue,
            IssueFilter openList,
            IssueFilter overdueList) {}
}
