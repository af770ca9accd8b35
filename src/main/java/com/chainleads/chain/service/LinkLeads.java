package com.chainleads.chain.service;

import java.util.List;
import java.util.Map;

/**
 * The leads on one link that the current user may see, as the map's side panel lists them.
 *
 * @param counted the active leads the link's badge counts, largest planned investment first, at most a page
 * @param countedTotal how many active leads there are in all (the badge's number, from the search index)
 * @param notCounted leads on the link that the badge does not count because they are not active (暂缓, 达产),
 *     at most a page; lost leads (终止) are left out
 * @param notCountedTotal how many of those there are in all
 * @param countedList the lead list's query parameters for exactly the counted leads ("查看全部 N 条")
 */
public record LinkLeads(
        List<LinkLeadItem> counted,
        long countedTotal,
        List<LinkLeadItem> notCounted,
        long notCountedTotal,
        Map<String, List<String>> countedList) {

    public static final LinkLeads NONE = new LinkLeads(List.of(), 0, List.of(), 0, Map.of());

    public LinkLeads {
        counted = List.copyOf(counted);
        notCounted = List.copyOf(notCounted);
        countedList = Map.copyOf(countedList);
    }
}
