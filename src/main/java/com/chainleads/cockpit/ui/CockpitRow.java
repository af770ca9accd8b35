package com.chainleads.cockpit.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * A row of cards another feature puts on the cockpit below the lead KPIs (the enterprise library's 科技创新 row):
 * a Spring bean the cockpit finds and asks again whenever its filter changes. The cockpit knows only this
 * interface, so the feature depends on the cockpit and never the other way round.
 */
public interface CockpitRow {

    /** The row for the sectors chosen on the cockpit (their codes; empty for the whole district). */
    Component create(Set<String> sectorCodes);
}
