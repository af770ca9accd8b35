package com.chainleads.lead.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexDifferenceTest {

    @Test
    void leadsMissingChangedOrGoneAreFound() {
        // indexed in any order: 5 (current), 2 (older than the table), 9 (gone from the table)
        LeadIndex.IndexedLeads indexed =
                new LeadIndex.IndexedLeads(new long[] {5, 2, 9}, new long[] {500, 100, 900}, new long[] {1, 1, 1});
        LeadIndexSync.TableLeads table =
                new LeadIndexSync.TableLeads(new long[] {1, 2, 5, 7}, new long[] {10, 200, 500, 70});
        LeadIndexSync.Difference difference = LeadIndexSync.Difference.of(indexed, table);
        assertThat(difference.changed()).containsExactly(1L, 2L, 7L);
        assertThat(difference.removed()).containsExactly(9L);
    }

    @Test
    void anIndexInStepHasNoDifference() {
        LeadIndex.IndexedLeads indexed =
                new LeadIndex.IndexedLeads(new long[] {1, 2}, new long[] {10, 20}, new long[] {1, 1});
        assertThat(LeadIndexSync.Difference.of(
                                indexed, new LeadIndexSync.TableLeads(new long[] {1, 2}, new long[] {10, 20}))
                        .isEmpty())
                .isTrue();
    }
}
