package com.chainleads.chain.service;

/**
 * What the chain feature needs to know about leads, answered by the lead feature (which depends on chain, so
 * chain asks through this interface). Used through {@code ObjectProvider<ChainLeadStatistics>}: without an
 * implementation there are no leads — zero counts, empty lists.
 */
public interface ChainLeadStatistics {
    /** Active leads (not 终止/暂缓/达产… see implementation) per chain link of one sector, visible to the current user. Key: chain link id. */
    java.util.Map<Long, LinkLeadStats> statsForSector(long sectorId);
    /** The same for all sectors at once (overview). */
    java.util.Map<Long, LinkLeadStats> statsForAllSectors();
    /**
     * The leads targeting one link that the current user may see: the active ones the map's badge counts and,
     * apart, the others not lost; each at most {@code limit}, largest planned investment first, with their totals.
     */
    LinkLeads leadsOnLink(long chainLinkId, int limit);
    /** All leads pointing to a link, whoever owns them (guards removal of a link). */
    long countAllLeadsOnLink(long chainLinkId);
}
