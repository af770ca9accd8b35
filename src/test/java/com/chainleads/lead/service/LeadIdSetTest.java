package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LeadIdSetTest {

    private static LeadIdSet only(long... ids) {
        return LeadIdSet.only(LongStream.of(ids));
    }

    private static LeadIdSet allBut(long... ids) {
        return LeadIdSet.allBut(LongStream.of(ids));
    }

    @Test
    void idsAreKeptSortedAndOnce() {
        assertThat(only(5, 1, 5, 3).ids()).containsExactly(1, 3, 5);
    }

    @Test
    void twoPicksMeetInTheLeadsBothKeep() {
        LeadIdSet both = only(1, 2, 3, 4).and(only(3, 4, 5));

        assertThat(both.excluded()).isFalse();
        assertThat(both.ids()).containsExactly(3, 4);
    }

    @Test
    void aPickLessTheLeadsAnotherLeavesOut() {
        LeadIdSet kept = only(1, 2, 3).and(allBut(2));
        LeadIdSet sameTheOtherWayRound = allBut(2).and(only(1, 2, 3));

        assertThat(kept.ids()).containsExactly(1, 3);
        assertThat(sameTheOtherWayRound.ids()).containsExactly(1, 3);
        assertThat(kept.excluded()).isFalse();
    }

    @Test
    void twoExclusionsLeaveOutTheLeadsOfEither() {
        LeadIdSet neither = allBut(1, 2).and(allBut(2, 3));

        assertThat(neither.excluded()).isTrue();
        assertThat(neither.ids()).containsExactly(1, 2, 3);
        assertThat(neither.contains(4)).isTrue();
        assertThat(neither.contains(3)).isFalse();
    }

    @Test
    void allNarrowsNothingAndAnEmptyPickMatchesNothing() {
        assertThat(LeadIdSet.ALL.isAll()).isTrue();
        assertThat(LeadIdSet.ALL.contains(42)).isTrue();
        assertThat(LeadIdSet.ALL.and(only(7)).ids()).containsExactly(7);
        assertThat(only().isEmpty()).isTrue();
        assertThat(only(1).and(only(2)).isEmpty()).isTrue();
    }
}
