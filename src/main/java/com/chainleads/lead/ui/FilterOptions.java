package com.chainleads.lead.ui;

import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import java.util.List;

/**
 * The choices the lead filter offers: the services' shared immutable lists (one per reference-data version
 * for every session), never copies; labels are made per locale when shown.
 */
record FilterOptions(
        List<SectorOption> sectors,
        List<ChainLinkOption> chainLinks,
        List<UnitOption> units,
        List<UserOption> officers) {}
