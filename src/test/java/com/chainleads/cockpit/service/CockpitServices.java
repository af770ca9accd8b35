package com.chainleads.cockpit.service;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.service.LeadFigures;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.ResponseClocks;
import com.chainleads.security.CurrentUser;
import java.time.Clock;

/** A cockpit on other lead figures than the application's — e.g. the lead table's, to compare with. */
public final class CockpitServices {

    private CockpitServices() {}

    public static CockpitService on(
            LeadFigures figures,
            LeadQueries leads,
            ChainReferenceService chains,
            ResponseClocks clocks,
            CurrentUser currentUser,
            Clock clock) {
        // the 项目建设 section is not compared this way: it reads the project and issue figures only
        return new CockpitService(figures, leads, chains, clocks, currentUser, null, null, clock);
    }
}
