package com.chainleads.lead.service;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadCriteria;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.security.AppUserPrincipal;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** Turns lead criteria and the caller's visibility into one JPA specification. */
final class LeadSpecifications {

    private LeadSpecifications() {}

    /** Officers see their own unit's leads; leaders and administrators see all; other roles none. */
    static Specification<Lead> visibleTo(AppUserPrincipal user) {
        return (root, query, cb) -> {
            Long unitId = LeadAccess.visibleUnit(user);
            if (unitId == null) {
                return cb.conjunction();
            }
            return unitId == LeadCriteria.NO_MATCH
                    ? cb.disjunction()
                    : cb.equal(root.get("unit").get("id"), unitId);
        };
    }

    static Specification<Lead> matching(LeadCriteria criteria) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (criteria.text() != null) {
                predicates.add(textMatches(root, cb, criteria.text()));
            }
            if (!criteria.sectorIds().isEmpty()) {
                predicates.add(root.get("sector").get("id").in(criteria.sectorIds()));
            }
            if (criteria.chainLinkId() != null) {
                predicates.add(cb.equal(root.get("chainLink").get("id"), criteria.chainLinkId()));
            }
            if (!criteria.stages().isEmpty()) {
                // by rank, the column the (sector | unit | link, stage_rank, …) indexes hold
                predicates.add(root.get("stageRank")
                        .in(criteria.stages().stream().map(LeadStage::rank).toList()));
            }
            if (criteria.unitId() != null) {
                predicates.add(cb.equal(root.get("unit").get("id"), criteria.unitId()));
            }
            if (criteria.ownerId() != null) {
                predicates.add(cb.equal(root.get("owner").get("id"), criteria.ownerId()));
            }
            Expression<BigDecimal> investment = root.get("totalInvestment");
            if (criteria.minInvestment() != null) {
                predicates.add(cb.greaterThanOrEqualTo(investment, criteria.minInvestment()));
            }
            if (criteria.maxInvestment() != null) {
                predicates.add(cb.lessThanOrEqualTo(investment, criteria.maxInvestment()));
            }
            criteria.qualifications().forEach(tag -> predicates.add(cb.isMember(tag, root.get("qualifications"))));
            if (criteria.hotIndustry() != null) {
                predicates.add(cb.equal(root.get("hotIndustry"), criteria.hotIndustry()));
            }
            if (criteria.reportedFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("firstReportedAt"), criteria.reportedFrom()));
            }
            if (criteria.reportedBefore() != null) {
                predicates.add(cb.lessThan(root.get("firstReportedAt"), criteria.reportedBefore()));
            }
            if (criteria.nextFollowUpFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("nextFollowUpOn"), criteria.nextFollowUpFrom()));
            }
            if (criteria.nextFollowUpTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("nextFollowUpOn"), criteria.nextFollowUpTo()));
            }
            if (!criteria.channels().isEmpty()) {
                predicates.add(root.get("source").get("channel").in(criteria.channels()));
            }
            if (!criteria.regions().isEmpty()) {
                predicates.add(root.get("source").get("originRegion").in(criteria.regions()));
            }
            if (!criteria.projectTypes().isEmpty()) {
                predicates.add(root.get("projectType").in(criteria.projectTypes()));
            }
            between(predicates, cb, root.get("signedOn"), criteria.signedFrom(), criteria.signedTo());
            between(predicates, cb, root.get("landedOn"), criteria.landedFrom(), criteria.landedTo());
            between(predicates, cb, root.get("lastActivityOn"), criteria.activityFrom(), criteria.activityTo());
            if (criteria.reachedStage() != null) {
                predicates.add(cb.greaterThanOrEqualTo(
                        root.get("furthestStageRank"), criteria.reachedStage().rank()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static void between(
            List<Predicate> predicates,
            CriteriaBuilder cb,
            Expression<LocalDate> date,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        if (from != null) {
            predicates.add(cb.greaterThanOrEqualTo(date, from));
        }
        if (to != null) {
            predicates.add(cb.lessThanOrEqualTo(date, to));
        }
    }

    /** Free text in project, investor, credit code or lead number; LIKE wildcards in the input are literal. */
    private static Predicate textMatches(Root<Lead> root, CriteriaBuilder cb, String text) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        String upperPattern = "%" + escapeLike(text.toUpperCase(Locale.ROOT)) + "%";
        return cb.or(
                cb.like(cb.lower(root.get("projectName")), pattern, '\\'),
                cb.like(cb.lower(root.get("investor").get("name")), pattern, '\\'),
                cb.like(root.get("investor").get("creditCode"), upperPattern, '\\'),
                cb.like(root.get("leadNo"), upperPattern, '\\'));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
