package com.chainleads.chain.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.LocalEnterprise;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Where the local-enterprise filter becomes a query (one place, for the list and its count). */
final class EnterpriseSpecifications {

    private EnterpriseSpecifications() {}

    static Specification<LocalEnterprise> of(EnterpriseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = filter.text() == null ? "" : filter.text().strip();
            if (!text.isEmpty()) {
                String like = "%"
                        + text.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                String code = CreditCode.normalise(text);
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(root.get("creditCode").as(String.class), "%" + code + "%")));
            }
            if (filter.tier() != null) {
                predicates.add(cb.equal(root.get("cultivationTier"), filter.tier()));
            }
            if (filter.linkId() != null || filter.sectorId() != null) {
                Subquery<Long> onLinks = query.subquery(Long.class);
                Root<LocalEnterprise> inner = onLinks.from(LocalEnterprise.class);
                Join<LocalEnterprise, ChainLink> link = inner.join("links");
                List<Predicate> linkPredicates = new ArrayList<>();
                linkPredicates.add(cb.equal(inner.get("id"), root.get("id")));
                if (filter.linkId() != null) {
                    linkPredicates.add(cb.equal(link.get("id"), filter.linkId()));
                }
                if (filter.sectorId() != null) {
                    linkPredicates.add(cb.equal(link.get("sector").get("id"), filter.sectorId()));
                }
                onLinks.select(inner.get("id")).where(linkPredicates.toArray(Predicate[]::new));
                predicates.add(cb.exists(onLinks));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
