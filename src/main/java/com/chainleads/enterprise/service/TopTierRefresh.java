package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.summary.LinkTierCounts;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.EnterpriseTier;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each firm's stored top tier (the one the industry map weighs) in step with the calendar: the library sets
 * it at every tier change, and this daily run sets it again for the firms whose certificate ran out or took effect
 * in the last week (a week, so a day the application was down is caught up). A scheduled job like the response-clock
 * reminders, not a service: no user calls it, so it carries no method security.
 */
@Component
public class TopTierRefresh {

    /** How far back a run looks, in days. */
    static final int LOOK_BACK_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(TopTierRefresh.class);

    private final TierHoldingRepository tiers;
    private final EnterpriseLibraryRepository enterprises;
    private final LinkTierCounts mapCounts;
    private final Clock clock;

    TopTierRefresh(
            TierHoldingRepository tiers,
            EnterpriseLibraryRepository enterprises,
            LinkTierCounts mapCounts,
            Clock clock) {
        this.tiers = tiers;
        this.enterprises = enterprises;
        this.mapCounts = mapCounts;
        this.clock = clock;
    }

    @Scheduled(cron = "${chainleads.enterprise.top-tier-refresh:0 10 0 * * *}")
    @Transactional
    public void refreshToday() {
        refresh(LocalDate.now(clock));
    }

    /** Sets the top tier held on {@code today} of every firm whose tiers changed by date lately; returns how many moved. */
    @Transactional
    public int refresh(LocalDate today) {
        List<Long> ids = tiers.changedByDate(today.minusDays(LOOK_BACK_DAYS), today);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, CultivationTier> top = tiers.heldBy(ids, today).stream()
                .collect(Collectors.toMap(
                        EnterpriseTier::enterpriseId,
                        EnterpriseTier::tier,
                        (a, b) -> Comparator.<CultivationTier>naturalOrder().compare(a, b) >= 0 ? a : b));
        int moved = 0;
        for (LocalEnterprise enterprise : enterprises.findAllById(ids)) {
            @Nullable CultivationTier held = top.get(enterprise.getId());
            if (!Objects.equals(held, enterprise.getCultivationTier())) {
                LinkTierCounts.Place wasOnMap = LinkTierCounts.Place.of(enterprise);
                enterprise.setCultivationTier(held);
                mapCounts.moved(wasOnMap, LinkTierCounts.Place.of(enterprise));
                moved++;
            }
        }
        if (moved > 0) {
            log.info("Top tier of {} enterprises follows certificates that ran out or took effect by {}", moved, today);
        }
        return moved;
    }
}
