package com.chainleads.construction.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 项目建设 figures of one calendar year for some sectors and a unit, in the caller's units: signed projects that
 * reached 开工, 投产 and 达产 in the year (by the milestone's actual date), the year's investment planned and completed
 * (万元) and how many projects have figures in it, and the projects delayed as of today by sector and unit.
 */
public record ProjectYearFigures(
        int year,
        long started,
        long producing,
        long fullCapacity,
        BigDecimal plannedInvestment,
        BigDecimal completedInvestment,
        long investedProjects,
        List<DelayCount> delays,
        int severeDelayDays) {

    /** Projects of one sector and unit (codes) 滞后 and 严重滞后 as of today. */
    public record DelayCount(String sectorCode, String unitCode, long delayed, long severelyDelayed) {}

    public ProjectYearFigures {
        delays = List.copyOf(delays);
    }
}
