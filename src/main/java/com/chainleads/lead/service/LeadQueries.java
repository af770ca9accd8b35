package com.chainleads.lead.service;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadCriteria;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadSortKey;
import com.chainleads.lead.domain.LeadTotals;
import com.chainleads.lead.search.LeadIndex;
import com.chainleads.lead.search.LeadIndexQuery;
import com.chainleads.lead.search.LeadIndexSync;
import com.chainleads.lead.search.LeadTextQuery;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query side of the lead register: the list's rows, its count and total, and the rows of an export — always
 * with the caller's visibility (officers their unit's leads, leaders and administrators all). Filters, sorting,
 * counts, sums and paging are answered by the search index ({@link LeadIndex}); only the rows of a page are read
 * from the table, by id. While the index is first built ({@link LeadIndexSync#isReady()}), the same answers come
 * from the table, slower.
 */
@Service
@PermitAll
// no transaction around index answers: a list needs one plain select of its rows, nothing to begin or commit
public class LeadQueries {

    private final LeadRepository leads;
    private final LeadCriteriaResolver criteria;
    private final LeadIndex index;
    private final LeadIndexSync indexSync;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    LeadQueries(
            LeadRepository leads,
            LeadCriteriaResolver criteria,
            LeadIndex index,
            LeadIndexSync indexSync,
            CurrentUser currentUser,
            EntityManager entityManager) {
        this.leads = leads;
        this.criteria = criteria;
        this.index = index;
        this.indexSync = indexSync;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /** The leads the caller may see that match the filter, as light rows of one page. */
    public List<LeadRow> findRows(LeadFilter filter, Pageable pageable) {
        return findRows(filter, LeadIdSet.ALL, pageable);
    }

    /**
     * The same, among the leads another feature's read model picked ({@code /projects} by construction status or
     * open issues): the index answers the filter, the pick, the order and the page together, so a page of a
     * narrowed list costs what any page does.
     */
    public List<LeadRow> findRows(LeadFilter filter, LeadIdSet among, Pageable pageable) {
        if (among.isEmpty()) {
            return List.of();
        }
        if (!indexSync.isReady()) {
            return leads.findRowSlice(specification(filter, among), pageable);
        }
        List<LeadIndex.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            LeadSortKey.of(order.getProperty())
                    .ifPresent(key -> orders.add(new LeadIndex.Order(key, order.isAscending())));
        }
        long offset = pageable.isPaged() ? pageable.getOffset() : 0;
        int limit = pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE - 1;
        return leads.findRowsByIds(index.ids(query(filter, among), orders, offset, limit));
    }

    /**
     * The given leads as rows, in the given order, left out those the caller may not see (or that are gone): a
     * batch of {@link LeadService#load} for pages that show a few chosen leads, in one query.
     */
    public List<LeadRow> visibleRows(List<Long> ids) {
        return ids.isEmpty() ? List.of() : leads.findRowsByIds(ids, LeadAccess.visibleUnit(currentUser.require()));
    }

    public long count(LeadFilter filter) {
        return count(filter, LeadIdSet.ALL);
    }

    /** How many leads the caller may see match the filter among the picked ones. */
    public long count(LeadFilter filter, LeadIdSet among) {
        if (among.isEmpty()) {
            return 0;
        }
        return indexSync.isReady()
                ? index.count(query(filter, among))
                : leads.countMatching(specification(filter, among));
    }

    /** Number of matching leads and their total planned investment, as shown above the list. */
    public LeadTotals totals(LeadFilter filter) {
        if (!indexSync.isReady()) {
            return leads.totals(criteria.specification(filter));
        }
        LeadIndex.Totals totals = index.totals(query(filter));
        return new LeadTotals(totals.count(), totals.totalInvestment());
    }

    /** Whether the list is answered by the search index, or by the table while the index is being built. */
    public LeadIndexSync.Progress indexProgress() {
        return indexSync.progress();
    }

    /** The filter and the caller's visibility as one index query. */
    private Query query(LeadFilter filter) {
        return query(filter, LeadIdSet.ALL);
    }

    private Query query(LeadFilter filter, LeadIdSet among) {
        AppUserPrincipal user = currentUser.require();
        Long visibleUnit = LeadAccess.visibleUnit(user);
        LeadCriteria resolved = criteria.resolve(filter);
        Query query = LeadIndexQuery.of(
                resolved, visibleUnit, resolved.text() == null ? null : LeadTextQuery.of(resolved.text()));
        return among.isAll() ? query : LeadIndexQuery.among(query, among.ids(), among.excluded());
    }

    /** The table's answer while the index is built: the filter's specification and the pick as an id list. */
    private Specification<Lead> specification(LeadFilter filter, LeadIdSet among) {
        Specification<Lead> specification = criteria.specification(filter);
        if (among.isAll()) {
            return specification;
        }
        List<Long> ids = Arrays.stream(among.ids()).boxed().toList();
        return specification.and((root, query, builder) -> among.excluded()
                ? builder.not(root.get("id").in(ids))
                : root.get("id").in(ids));
    }

    /**
     * The leads of an export: up to {@code limit} matching leads the caller may see, newest first (highest id), as
     * ids (a few bytes each, even for the largest export); their rows are read chunk by chunk with
     * {@link #exportRows}, so memory stays flat however many leads there are.
     */
    public List<Long> exportIds(LeadFilter filter, int limit) {
        return indexSync.isReady()
                ? index.idsDescending(query(filter), limit)
                : leads.findIdsBefore(criteria.specification(filter), null, limit);
    }

    /** The given leads (those the caller may see), in the given order, for an export of a chosen list. */
    @Transactional(readOnly = true)
    public List<LeadExportRow> exportRows(List<Long> wanted) {
        AppUserPrincipal user = currentUser.require();
        if (wanted.isEmpty()) {
            return List.of();
        }
        // one query for the leads and their references, the caller's visibility checked on what it loaded
        List<Lead> loaded = leads.findForExport(wanted).stream()
                .filter(lead -> LeadAccess.canSee(lead, user))
                .toList();
        List<Long> ids = loaded.stream().map(Lead::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Set<com.chainleads.lead.domain.QualificationTag>> tags = new java.util.HashMap<>();
        for (Object[] pair : leads.findQualifications(ids)) {
            tags.computeIfAbsent(
                            (Long) pair[0],
                            id -> java.util.EnumSet.noneOf(com.chainleads.lead.domain.QualificationTag.class))
                    .add((com.chainleads.lead.domain.QualificationTag) pair[1]);
        }
        List<LeadExportRow> rows = new ArrayList<>(ids.size());
        for (Lead lead : loaded) {
            rows.add(new LeadExportRow(
                    lead.getId(),
                    lead.getLeadNo(),
                    LeadMapping.toDraft(lead, tags.getOrDefault(lead.getId(), Set.of())),
                    lead.getStage(),
                    lead.getSector().getNameZh(),
                    lead.getSector().getNameEn(),
                    lead.getChainLink() == null ? null : lead.getChainLink().getNameZh(),
                    lead.getChainLink() == null ? null : lead.getChainLink().getNameEn(),
                    lead.getUnit().getNameZh(),
                    lead.getUnit().getNameEn(),
                    lead.getOwner().getUsername(),
                    lead.getOwner().getDisplayName(),
                    lead.getLeader() == null ? null : lead.getLeader().getDisplayName(),
                    lead.getFirstReportedAt()));
        }
        entityManager.clear();
        java.util.Map<Long, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            position.putIfAbsent(wanted.get(i), i);
        }
        rows.sort(java.util.Comparator.comparingInt(row -> position.get(row.id())));
        return rows;
    }
}
