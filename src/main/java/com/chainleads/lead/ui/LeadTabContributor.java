package com.chainleads.lead.ui;

import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadPageTab;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A tab that another feature adds to a lead's page (e.g. the rules of practice show the lead's 撞单 claims and
 * rulings), without the lead register depending on it. Implementations are Spring beans; {@link LeadView} asks
 * each one whenever it shows a lead, in their {@code @Order}.
 */
public interface LeadTabContributor {

    /** The tab for this lead as the signed-in user sees it, or empty when there is nothing to show. */
    Optional<LeadTab> tabFor(LeadDetails lead);

    /**
     * @param tab       which of the page's tabs this is, so that a link can open the page on it
     * @param label     the tab's label, already translated
     * @param content   what the tab shows
     * @param attention whether the tab asks for attention (e.g. a claim awaits a ruling); it is then marked
     */
    record LeadTab(LeadPageTab tab, String label, Component content, boolean attention) {}
}
