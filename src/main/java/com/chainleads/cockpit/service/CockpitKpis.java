package com.chainleads.cockpit.service;

import java.util.List;

/** The KPI cards, in the order they are shown. */
public record CockpitKpis(
        Kpi activeLeads,
        Kpi signed,
        Kpi landed,
        Kpi negotiatingOver100m,
        Kpi negotiatingOver1bn,
        Kpi newThisMonth,
        Kpi fundsReceived) {

    public List<Kpi> all() {
        return List.of(
                activeLeads, signed, landed, negotiatingOver100m, negotiatingOver1bn, newThisMonth, fundsReceived);
    }
}
