package com.chainleads.tour.service;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A project's place in the tour's ranking: its weighted score (the mean of the members who scored it on every
 * criterion), its rank, and whether it is on the red (best) or black (worst) list.
 *
 * @param score {@code null} until at least one member scored it on every criterion
 */
public record RankLine(
        long stopId,
        long leadId,
        String projectName,
        String investorName,
        @Nullable BigDecimal score,
        int membersScored,
        int rank,
        Board board) {

    /** 红榜, 黑榜 or neither. */
    public enum Board {
        RED,
        BLACK,
        NONE;

        public String translationKey() {
            return "tour.board." + name();
        }
    }
}
