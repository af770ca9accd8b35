package com.chainleads.lead.domain;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.Sector;
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
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Criteria queries for {@link LeadQueries}: one select with the joins a row needs. */
class LeadQueriesImpl implements LeadQueries {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Page<LeadRow> findRows(Specification<Lead> specification, Pageable pageable) {
        List<LeadRow> rows = findRowSlice(specification, pageable);
        return new PageImpl<>(rows, pageable, countMatching(specification));
    }

    @Override
    public List<LeadRow> findRowSlice(Specification<Lead> specification, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<LeadRow> query = cb.createQuery(LeadRow.class);
        Root<Lead> lead = query.from(Lead.class);
        Join<Lead, Sector> sector = lead.join("sector");
        Join<Lead, ChainLink> link = lead.join("chainLink", JoinType.LEFT);
        Join<Lead, AppUser> owner = lead.join("owner");
        Join<Lead, OrgUnit> unit = lead.join("unit");
        query.select(cb.construct(LeadRow.class, lead.get("id"), lead.get("leadNo"), lead.get("projectName"),
                lead.get("investorName"), sector.get("code"), sector.get("nameZh"), sector.get("nameEn"),
                link.get("nameZh"), link.get("nameEn"), lead.get("stage"), lead.get("totalInvestment"),
                owner.get("displayName"), unit.get("nameZh"), unit.get("nameEn"), lead.get("nextFollowUpOn"),
                lead.get("lastFollowUpOn"), lead.get("stageEnteredOn"), lead.get("updatedAt"),
                lead.get("hotIndustry")));
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
                    case INVESTOR -> lead.get("investorName");
                    case SECTOR -> sector.get("sortOrder");
                    case CHAIN_LINK -> link.get("sortOrder");
                    case STAGE -> lead.get("stageRank");
                    case TOTAL_INVESTMENT -> lead.get("totalInvestment");
                    case OWNER -> owner.get("displayName");
                    case UNIT -> unit.get("sortOrder");
                    case NEXT_FOLLOW_UP -> lead.get("nextFollowUpOn");
                    case UPDATED -> lead.get("updatedAt");
                    case FIRST_REPORTED -> lead.get("firstReportedAt");
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
}
