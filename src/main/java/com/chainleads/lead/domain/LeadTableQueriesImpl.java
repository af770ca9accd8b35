package com.chainleads.lead.domain;

import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Criteria queries for {@link LeadTableQueries}: one select with the joins a row needs. */
class LeadTableQueriesImpl implements LeadTableQueries {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Page<LeadRow> findRows(Specification<Lead> specification, Pageable pageable) {
        List<LeadRow> rows = findRowSlice(specification, pageable);
        return new PageImpl<>(rows, pageable, countMatching(specification));
    }

    /**
     * One page of rows in two steps (a "deferred join"): first the ids of the page, from the lead table alone
     * with only the joins a sort key needs, so the database walks an index in the sort order and stops after the
     * page; then the rows of just those ids with their sector, link, owner and unit. One select with all the
     * joins let MySQL start from the small user table and sort a million leads to show fifty.
     */
    @Override
    public List<LeadRow> findRowSlice(Specification<Lead> specification, Pageable pageable) {
        return findRowsByIds(pageIds(specification, pageable));
    }

    @Override
    public List<LeadRow> findRowsByIds(List<Long> ids) {
        return findRowsByIds(ids, null);
    }

    /**
     * A page's rows by id, as fixed JPQL: Hibernate keeps the translated statement of a fixed text (the id list
     * padded to a power of two, {@code in_clause_parameter_padding}), where a criteria query is built and
     * translated anew at each look — half the time of this read under load (profiled, case h).
     */
    private static final String ROWS = """
            select new com.chainleads.lead.domain.LeadRow(
                l.id, l.leadNo, l.projectName, l.investor.name, s.code, s.nameZh, s.nameEn, c.nameZh, c.nameEn,
                l.stage, l.totalInvestment, o.displayName, u.nameZh, u.nameEn, l.nextFollowUpOn, l.lastFollowUpOn,
                l.lastActivityOn, l.stageEnteredOn, l.updatedAt, l.hotIndustry)
            from Lead l join l.sector s left join l.chainLink c join l.owner o join l.unit u
            where l.id in :ids""";

    @Override
    public List<LeadRow> findRowsByIds(List<Long> ids, @Nullable Long unitId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = unitId == null
                ? entityManager.createQuery(ROWS, LeadRow.class)
                : entityManager
                        .createQuery(ROWS + " and u.id = :unitId", LeadRow.class)
                        .setParameter("unitId", unitId);
        List<LeadRow> rows = new ArrayList<>(query.setParameter("ids", ids).getResultList());
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        rows.sort(Comparator.comparing(row -> position.get(row.id())));
        return rows;
    }

    /** The ids of one page in the requested order, the lead id last for stable paging. */
    private List<Long> pageIds(Specification<Lead> specification, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Lead> lead = query.from(Lead.class);
        query.select(lead.get("id"));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            LeadSortKey.of(order.getProperty()).ifPresent(key -> {
                Expression<?> expression = switch (key) {
                    case LEAD_NO -> lead.get("leadNo");
                    case PROJECT -> lead.get("projectName");
                    case INVESTOR -> lead.get("investor").get("name");
                    case SECTOR -> lead.join("sector").get("sortOrder");
                    case CHAIN_LINK -> lead.join("chainLink", JoinType.LEFT).get("sortOrder");
                    case STAGE -> lead.get("stageRank");
                    case TOTAL_INVESTMENT -> lead.get("totalInvestment");
                    case OWNER -> lead.join("owner").get("displayName");
                    case UNIT -> lead.join("unit").get("sortOrder");
                    case NEXT_FOLLOW_UP -> lead.get("nextFollowUpOn");
                    case UPDATED -> lead.get("updatedAt");
                    case FIRST_REPORTED -> lead.get("firstReportedAt");
                    case LAST_ACTIVITY -> lead.get("lastActivityOn");
                };
                orders.add(order.isAscending() ? cb.asc(expression) : cb.desc(expression));
            });
        }
        orders.add(cb.desc(lead.get("id"))); // stable paging
        query.orderBy(orders);
        var typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) pageable.getOffset());
            typed.setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    @Override
    public List<Long> findIdsBefore(
            Specification<Lead> specification, @org.jspecify.annotations.Nullable Long beforeId, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Lead> lead = query.from(Lead.class);
        query.select(lead.get("id"));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        Predicate below = beforeId == null ? null : cb.lessThan(lead.get("id"), beforeId);
        if (predicate != null && below != null) {
            query.where(predicate, below);
        } else if (predicate != null || below != null) {
            query.where(predicate != null ? predicate : below);
        }
        query.orderBy(cb.desc(lead.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    @Override
    public long countMatching(Specification<Lead> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Lead> lead = query.from(Lead.class);
        query.select(cb.count(lead));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        return entityManager.createQuery(query).getSingleResult();
    }

    @Override
    public LeadTotals totals(Specification<Lead> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Lead> lead = query.from(Lead.class);
        query.multiselect(cb.count(lead), cb.sum(lead.<BigDecimal>get("totalInvestment")));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        Object[] result = entityManager.createQuery(query).getSingleResult();
        BigDecimal sum = result[1] == null ? BigDecimal.ZERO : (BigDecimal) result[1];
        return new LeadTotals(((Number) result[0]).longValue(), sum);
    }

    @Override
    public List<LeadGroupTotals> groupTotals(Specification<Lead> specification, LeadGrouping grouping) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Lead> lead = query.from(Lead.class);
        if (grouping == LeadGrouping.CHAIN_LINK_AND_STAGE) {
            return linkAndStageTotals(specification, cb, query, lead);
        }
        Expression<?> key = switch (grouping) {
            case SECTOR -> lead.join("sector").get("code");
            case STAGE -> lead.get("stage");
            case FURTHEST_STAGE -> lead.get("furthestStageRank");
            case REGION -> lead.get("source").get("originRegion");
            case CHANNEL -> lead.get("source").get("channel");
            case PROJECT_TYPE -> lead.get("projectType");
            case CHAIN_LINK_AND_STAGE -> throw new IllegalStateException("handled above");
        };
        query.multiselect(
                key,
                cb.count(lead),
                cb.sum(lead.<BigDecimal>get("totalInvestment")),
                cb.sum(lead.<BigDecimal>get("signedAmount")),
                cb.sum(lead.<BigDecimal>get("fundsReceived")));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        query.groupBy(key);
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new LeadGroupTotals(
                        row[0] == null ? null : row[0] instanceof Enum<?> e ? e.name() : row[0].toString(),
                        ((Number) row[1]).longValue(),
                        zeroIfNull(row[2]),
                        zeroIfNull(row[3]),
                        zeroIfNull(row[4])))
                .toList();
    }

    /**
     * Count and planned investment per chain link and stage (the map needs no other sums): grouped by stage rank,
     * so {@code ix_lead_sector_stage_link_amount} answers a sector's map from the index alone.
     */
    private List<LeadGroupTotals> linkAndStageTotals(
            Specification<Lead> specification, CriteriaBuilder cb, CriteriaQuery<Object[]> query, Root<Lead> lead) {
        Expression<Long> linkId = lead.get("chainLink").get("id");
        Expression<Integer> stageRank = lead.get("stageRank");
        query.multiselect(linkId, stageRank, cb.count(lead), cb.sum(lead.<BigDecimal>get("totalInvestment")));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        Predicate linked = cb.isNotNull(lead.get("chainLink"));
        query.where(predicate == null ? linked : cb.and(predicate, linked));
        query.groupBy(linkId, stageRank);
        Map<Integer, LeadStage> stages = new HashMap<>();
        for (LeadStage stage : LeadStage.values()) {
            stages.put(stage.rank(), stage);
        }
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new LeadGroupTotals(
                        row[0] + "|" + stages.get(((Number) row[1]).intValue()).name(),
                        ((Number) row[2]).longValue(),
                        zeroIfNull(row[3]),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO))
                .toList();
    }

    @Override
    public LeadGroupTotals sums(Specification<Lead> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Lead> lead = query.from(Lead.class);
        query.multiselect(
                cb.count(lead),
                cb.sum(lead.<BigDecimal>get("totalInvestment")),
                cb.sum(lead.<BigDecimal>get("signedAmount")),
                cb.sum(lead.<BigDecimal>get("fundsReceived")));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        Object[] row = entityManager.createQuery(query).getSingleResult();
        return new LeadGroupTotals(
                null, ((Number) row[0]).longValue(), zeroIfNull(row[1]), zeroIfNull(row[2]), zeroIfNull(row[3]));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public long[] countInBuckets(Specification<Lead> specification, String dateAttribute, List<?> bounds) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Lead> lead = query.from(Lead.class);
        Expression date = lead.get(dateAttribute);
        List<jakarta.persistence.criteria.Selection<?>> sums = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Comparable from = (Comparable) bounds.get(i);
            Comparable to = (Comparable) bounds.get(i + 1);
            sums.add(cb.sum(cb.<Integer>selectCase()
                    .when(cb.and(cb.greaterThanOrEqualTo(date, from), cb.lessThan(date, to)), 1)
                    .otherwise(0)));
        }
        query.multiselect(sums);
        Predicate predicate = specification.toPredicate(lead, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        Object[] row = sums.size() == 1
                ? new Object[] {entityManager.createQuery(query).getSingleResult()}
                : entityManager.createQuery(query).getSingleResult();
        long[] counts = new long[sums.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return counts;
    }

    @Override
    public List<OwnerClockCounts> clockCounts(
            Specification<Lead> specification,
            java.time.LocalDate staleBy,
            java.time.LocalDate overdueBy,
            java.time.Instant lateScreeningBefore) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Lead> lead = query.from(Lead.class);
        Join<Lead, OrgUnit> unit = lead.join("unit");
        Join<Lead, AppUser> owner = lead.join("owner");
        Expression<java.time.LocalDate> activity = lead.get("lastActivityOn");
        Predicate active = lead.get("stage").in(LeadStage.ACTIVE);
        Expression<Integer> overdue = cb.<Integer>selectCase()
                .when(cb.and(active, cb.lessThanOrEqualTo(activity, overdueBy)), 1)
                .otherwise(0);
        Expression<Integer> stale = cb.<Integer>selectCase()
                .when(cb.and(active, cb.lessThanOrEqualTo(activity, staleBy), cb.greaterThan(activity, overdueBy)), 1)
                .otherwise(0);
        Expression<Integer> late = cb.<Integer>selectCase()
                .when(
                        cb.and(
                                cb.equal(lead.get("stage"), LeadStage.REGISTERED),
                                cb.lessThan(lead.get("firstReportedAt"), lateScreeningBefore)),
                        1)
                .otherwise(0);
        query.multiselect(
                unit.get("id"),
                unit.get("nameZh"),
                unit.get("nameEn"),
                unit.get("sortOrder"),
                owner.get("id"),
                owner.get("username"),
                owner.get("displayName"),
                cb.sum(overdue),
                cb.sum(stale),
                cb.sum(late));
        Predicate predicate = specification.toPredicate(lead, query, cb);
        query.where(
                predicate == null
                        ? cb.or(active, cb.equal(lead.get("stage"), LeadStage.REGISTERED))
                        : cb.and(predicate, cb.or(active, cb.equal(lead.get("stage"), LeadStage.REGISTERED))));
        query.groupBy(
                unit.get("id"),
                unit.get("nameZh"),
                unit.get("nameEn"),
                unit.get("sortOrder"),
                owner.get("id"),
                owner.get("username"),
                owner.get("displayName"));
        query.orderBy(cb.asc(unit.get("sortOrder")), cb.asc(owner.get("displayName")));
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new OwnerClockCounts(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        ((Number) row[4]).longValue(),
                        (String) row[5],
                        (String) row[6],
                        count(row[7]),
                        count(row[8]),
                        count(row[9])))
                .filter(counts -> counts.total() > 0)
                .toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal zeroIfNull(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
