package com.chainleads.coordination.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssueFilterTest {

    @Test
    void aFilterTravelsThroughTheAddressUnchanged() {
        IssueFilter filter = new IssueFilter(
                IssueStatus.IN_PROGRESS, IssueType.LAND, "NATURAL_RESOURCES", Set.of("NEV", "AUTO"), "UNIT2", true);
        assertThat(IssueFilter.fromParameters(filter.toParameters())).isEqualTo(filter);
        assertThat(filter.toParameters())
                .containsEntry("overdue", List.of("1"))
                .containsEntry("department", List.of("NATURAL_RESOURCES"));
    }

    @Test
    void valuesThatDoNotParseAreLeftOut() {
        IssueFilter read = IssueFilter.fromParameters(
                Map.of("status", List.of("NOPE"), "type", List.of("land"), "department", List.of("<script>")));
        assertThat(read).isEqualTo(new IssueFilter(null, IssueType.LAND, null, Set.of(), null, false));
    }

    @Test
    void overdueOnlyMeansOpenIssuesSoClosedIsDropped() {
        assertThat(new IssueFilter(IssueStatus.DONE, null, null, Set.of(), null, true).status())
                .isNull();
        assertThat(IssueFilter.overdue().withStatus(IssueStatus.DONE).overdueOnly())
                .isFalse();
    }
}
