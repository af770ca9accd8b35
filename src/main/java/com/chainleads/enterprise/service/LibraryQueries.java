package com.chainleads.enterprise.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.Sector;
import com.chainleads.enterprise.domain.EnterpriseCount;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.EnterpriseTier;
import com.chainleads.enterprise.domain.InnovationPlatform;
import com.chainleads.enterprise.domain.InnovationPlatformRepository;
import com.chainleads.enterprise.domain.TierHolding;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Where the library filter becomes SQL — one place for the grid, its count and the export. Each condition has its
 * index: sector ({@code ix_local_enterprise_sector_name}), 规上 ({@code ix_local_enterprise_above_scale}), link
 * ({@code ix_local_enterprise_link_link}), tier held today ({@code ix_enterprise_tier_enterprise}), platform level
 * ({@code ix_innovation_platform_enterprise}); a page is sorted by name ({@code ix_local_enterprise_name}) and read
 * with LIMIT/OFFSET. Only the text filter (any part of a name) reads every name, from the name index.
 */
@Component
class LibraryQueries {

    private final EntityManager entityManager;
    private final EnterpriseLibraryRepository enterprises;
    private final TierHoldingRepository tiers;
    private final InnovationPlatformRepository platforms;

    LibraryQueries(
            EntityManager entityManager,
            EnterpriseLibraryRepository enterprises,
            TierHoldingRepository tiers,
            InnovationPlatformRepository platforms) {
        this.entityManager = entityManager;
        this.enterprises = enterprises;
        this.tiers = tiers;
        this.platforms = platforms;
    }

    /**
     * One page: the ids first, from the sort's index alone (a deep page skips index entries, not rows), then those
     * rows with their sector.
     */
    List<LibraryRow> page(LibraryFilter filter, LocalDate today, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> idQuery = cb.createQuery(Long.class);
        Root<LocalEnterprise> page = idQuery.from(LocalEnterprise.class);
        idQuery.select(page.get("id"));
        idQuery.where(specification(filter, today).toPredicate(page, idQuery, cb));
        idQuery.orderBy(orders(pageable.getSort(), page, cb));
        List<Long> ids = entityManager
                .createQuery(idQuery)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<LocalEnterprise> root = query.from(LocalEnterprise.class);
        Join<LocalEnterprise, Sector> sector = root.join("sector", JoinType.LEFT);
        query.multiselect(
                root.get("id"),
                root.get("name"),
                root.get("creditCode"),
                sector.get("code"),
                sector.get("nameZh"),
                sector.get("nameEn"),
                root.get("aboveScale"),
                root.get("annualOutputWan"),
                root.get("jobs"));
        query.where(root.get("id").in(ids));
        Map<Long, LibraryRow> byId = new HashMap<>();
        entityManager
                .createQuery(query)
                .getResultStream()
                .forEach(t -> byId.put(
                        t.get(0, Long.class),
                        new LibraryRow(
                                t.get(0, Long.class),
                                t.get(1, String.class),
                                t.get(2, CreditCode.class).value(),
                                t.get(3, String.class),
                                t.get(4, String.class),
                                t.get(5, String.class),
                                t.get(6, Boolean.class),
                                t.get(7, java.math.BigDecimal.class),
                                t.get(8, Integer.class),
                                Set.of(),
                                0)));
        List<LibraryRow> rows =
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return withTiersAndPlatforms(rows, today);
    }

    long count(LibraryFilter filter, LocalDate today) {
        return enterprises.count(specification(filter, today));
    }

    private List<LibraryRow> withTiersAndPlatforms(List<LibraryRow> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(LibraryRow::id).toList();
        Map<Long, Set<CultivationTier>> held = new HashMap<>();
        for (EnterpriseTier tier : tiers.heldBy(ids, today)) {
            held.computeIfAbsent(tier.enterpriseId(), id -> EnumSet.noneOf(CultivationTier.class))
                    .add(tier.tier());
        }
        Map<Long, Long> platformCounts = new HashMap<>();
        for (EnterpriseCount count : platforms.countPerEnterprise(ids)) {
            platformCounts.put(count.enterpriseId(), count.count());
        }
        return rows.stream()
                .map(row -> row.with(held.getOrDefault(row.id(), Set.of()), platformCounts.getOrDefault(row.id(), 0L)))
                .toList();
    }

    private static List<Order> orders(Sort sort, Root<LocalEnterprise> root, CriteriaBuilder cb) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String property = switch (order.getProperty()) {
                case "annualOutputWan", "jobs", "aboveScale", "creditCode" -> order.getProperty();
                default -> "name";
            };
            orders.add(order.isAscending() ? cb.asc(root.get(property)) : cb.desc(root.get(property)));
        }
        orders.add(cb.asc(root.get("name")));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    static Specification<LocalEnterprise> specification(LibraryFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = filter.text() == null ? "" : filter.text().strip();
            if (!text.isEmpty()) {
                String like = "%"
                        + text.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(root.get("creditCode").as(String.class), CreditCode.normalise(text) + "%")));
            }
            if (filter.sector() != null) {
                predicates.add(cb.equal(root.get("sector").get("code"), filter.sector()));
            }
            if (filter.aboveScaleOnly()) {
                predicates.add(cb.isTrue(root.get("aboveScale")));
            }
            if (filter.link() != null) {
                Subquery<Long> onLink = query.subquery(Long.class);
                Root<LocalEnterprise> inner = onLink.from(LocalEnterprise.class);
                Join<LocalEnterprise, ChainLink> link = inner.join("links");
                onLink.select(inner.get("id"))
                        .where(cb.equal(inner.get("id"), root.get("id")), cb.equal(link.get("code"), filter.link()));
                predicates.add(cb.exists(onLink));
            }
            if (filter.tier() != null) {
                Subquery<Long> holds = query.subquery(Long.class);
                Root<TierHolding> holding = holds.from(TierHolding.class);
                holds.select(holding.get("id"))
                        .where(
                                cb.equal(holding.get("enterprise"), root),
                                cb.equal(holding.get("tier"), filter.tier()),
                                cb.lessThanOrEqualTo(holding.get("grantedOn"), today),
                                cb.greaterThanOrEqualTo(holding.get("validUntil"), today));
                predicates.add(cb.exists(holds));
            }
            if (filter.platformLevel() != null) {
                Subquery<Long> runs = query.subquery(Long.class);
                Root<InnovationPlatform> platform = runs.from(InnovationPlatform.class);
                runs.select(platform.get("id"))
                        .where(
                                cb.equal(platform.get("enterprise"), root),
                                cb.equal(platform.get("level"), filter.platformLevel()));
                predicates.add(cb.exists(runs));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
