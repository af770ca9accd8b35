package com.chainleads.lead.summary;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * What one lead contributes to the summary tables: the values of the lead that some figure groups, filters or
 * sums by. Missing amounts count as zero and missing values as {@code ""}, as the rebuild's SQL does.
 *
 * @param reportedOn the day of the first report on the district's clock
 * @param lastActivityOn the latest follow-up, else the first report: what the response clocks measure from
 */
public record LeadFacts(
        long unitId,
        long ownerId,
        long sectorId,
        @Nullable Long chainLinkId,
        int stageRank,
        int furthestStageRank,
        BigDecimal totalInvestment,
        BigDecimal signedAmount,
        BigDecimal fundsReceived,
        LocalDate reportedOn,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate landedOn,
        LocalDate lastActivityOn,
        String region,
        String channel,
        String projectType) {

    /** Ranks of the stages whose leads are active (线索登记 … 投产). */
    static final int[] ACTIVE_RANKS =
            LeadStage.ACTIVE.stream().mapToInt(LeadStage::rank).sorted().toArray();

    static final String MONTH = "M";
    static final String DAY = "D";
    static final String ACTIVE_CLOCK = "A";
    static final String REGISTERED_CLOCK = "R";

    public LeadFacts {
        totalInvestment = Objects.requireNonNullElse(totalInvestment, BigDecimal.ZERO);
        signedAmount = Objects.requireNonNullElse(signedAmount, BigDecimal.ZERO);
        fundsReceived = Objects.requireNonNullElse(fundsReceived, BigDecimal.ZERO);
        region = Objects.requireNonNullElse(region, "");
        channel = Objects.requireNonNullElse(channel, "");
        projectType = Objects.requireNonNullElse(projectType, "");
    }

    /** The facts of a loaded lead, read without initialising its references. */
    public static LeadFacts of(Lead lead, ZoneId zone) {
        return new LeadFacts(
                id(lead.getUnit()),
                id(lead.getOwner()),
                id(lead.getSector()),
                lead.getChainLink() == null ? null : id(lead.getChainLink()),
                lead.getStage().rank(),
                lead.getFurthestStageRank(),
                lead.getTotalInvestment(),
                lead.getSignedAmount(),
                lead.getFundsReceived(),
                LocalDate.ofInstant(lead.getFirstReportedAt(), zone),
                lead.getSignedOn(),
                lead.getLandedOn(),
                lead.getLastActivityOn(),
                name(lead.getSource().getOriginRegion()),
                name(lead.getSource().getChannel()),
                name(lead.getProjectType()));
    }

    /** The same facts with another day of last activity (a follow-up was written, changed or deleted). */
    public LeadFacts withLastActivityOn(LocalDate day) {
        return new LeadFacts(
                unitId,
                ownerId,
                sectorId,
                chainLinkId,
                stageRank,
                furthestStageRank,
                totalInvestment,
                signedAmount,
                fundsReceived,
                reportedOn,
                signedOn,
                landedOn,
                day,
                region,
                channel,
                projectType);
    }

    boolean isActive() {
        return Arrays.binarySearch(ACTIVE_RANKS, stageRank) >= 0;
    }

    InvestmentBand band() {
        return InvestmentBand.of(totalInvestment);
    }

    /** Adds this lead's contribution to every summary row it counts in, {@code sign} times (+1 or -1). */
    void addTo(SummaryDeltas deltas, int sign) {
        BigDecimal investment = signed(totalInvestment, sign);
        BigDecimal signedAmountDelta = signed(signedAmount, sign);
        deltas.add(
                SummaryTable.STAGE,
                sign,
                new BigDecimal[] {investment, signedAmountDelta, signed(fundsReceived, sign)},
                unitId,
                sectorId,
                stageRank,
                band().ordinal());
        if (chainLinkId != null) {
            deltas.add(SummaryTable.LINK, sign, new BigDecimal[] {investment}, chainLinkId, unitId, stageRank);
        }
        deltas.add(SummaryTable.OWNER, sign, new BigDecimal[0], unitId, ownerId, sectorId, stageRank);
        period(deltas, sign, PeriodKind.REPORTED, reportedOn, "", investment);
        if (signedOn != null) {
            period(deltas, sign, PeriodKind.SIGNED, signedOn, "", signedAmountDelta);
        }
        if (landedOn != null) {
            period(deltas, sign, PeriodKind.LANDED, landedOn, "", investment);
        }
        period(deltas, sign, PeriodKind.REGION, reportedOn, region, investment);
        period(deltas, sign, PeriodKind.CHANNEL, reportedOn, channel, investment);
        period(deltas, sign, PeriodKind.PROJECT_TYPE, reportedOn, projectType, investment);
        period(deltas, sign, PeriodKind.FURTHEST, reportedOn, Integer.toString(furthestStageRank), investment);
        if (isActive()) {
            deltas.add(
                    SummaryTable.CLOCK,
                    sign,
                    new BigDecimal[0],
                    ACTIVE_CLOCK,
                    lastActivityOn,
                    unitId,
                    ownerId,
                    sectorId);
        }
        if (stageRank == LeadStage.REGISTERED.rank()) {
            deltas.add(
                    SummaryTable.CLOCK,
                    sign,
                    new BigDecimal[0],
                    REGISTERED_CLOCK,
                    reportedOn,
                    unitId,
                    ownerId,
                    sectorId);
        }
    }

    /** One event counts twice: in its month's row and in its day's row. */
    private void period(SummaryDeltas deltas, int sign, PeriodKind kind, LocalDate day, String dim, BigDecimal amount) {
        deltas.add(
                SummaryTable.PERIOD,
                sign,
                new BigDecimal[] {amount},
                kind.name(),
                MONTH,
                day.withDayOfMonth(1),
                unitId,
                sectorId,
                dim);
        deltas.add(SummaryTable.PERIOD, sign, new BigDecimal[] {amount}, kind.name(), DAY, day, unitId, sectorId, dim);
    }

    private static BigDecimal signed(BigDecimal amount, int sign) {
        return sign < 0 ? amount.negate() : amount;
    }

    static String name(@Nullable Enum<?> value) {
        return value == null ? "" : value.name();
    }

    /** The id of a referenced entity, from its proxy when it is one (never loading it). */
    static long id(Object entity) {
        Object id = entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getIdentifier()
                : ((AbstractEntity) entity).getId();
        return ((Number) Objects.requireNonNull(id, "reference without id")).longValue();
    }

    static LocalDate day(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
