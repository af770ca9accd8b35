package com.chainleads.lead.ui;

import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import java.util.List;

/** The choices the lead filter offers, loaded once per view. */
record FilterOptions(List<SectorOption> sectors, List<ChainLinkOption> chainLinks, List<UnitOption> units,
        List<UserOption> officers) {
}
