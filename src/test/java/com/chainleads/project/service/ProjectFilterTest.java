package com.chainleads.project.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.domain.ProjectStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectFilterTest {

    @Test
    void everyFilterSurvivesTheTripThroughTheAddress() {
        ProjectFilter filter = new ProjectFilter(
                "光伏 组件",
                Set.of("NEW_ENERGY", "BIOMEDICINE"),
                "UNIT2",
                EnumSet.of(ProjectStatus.SEVERELY_DELAYED, ProjectStatus.DELAYED),
                true,
                true,
                2026,
                2025,
                2024,
                2026);

        Map<String, List<String>> parameters = filter.toParameters();

        assertThat(parameters)
                .containsEntry("q", List.of("光伏 组件"))
                .containsEntry("sector", List.of("BIOMEDICINE", "NEW_ENERGY"))
                .containsEntry("unit", List.of("UNIT2"))
                .containsEntry("status", List.of("DELAYED", "SEVERELY_DELAYED"))
                .containsEntry("min", List.of("1yi"))
                .containsEntry("issues", List.of("1"))
                .containsEntry("started", List.of("2026"))
                .containsEntry("producing", List.of("2025"))
                .containsEntry("full", List.of("2024"))
                .containsEntry("invested", List.of("2026"));
        assertThat(ProjectFilter.fromParameters(parameters)).isEqualTo(filter);
        assertThat(ProjectFilter.notUnderstood(parameters)).isEmpty();
    }

    @Test
    void theEmptyFilterIsTheBareAddress() {
        assertThat(ProjectFilter.NONE.toParameters()).isEmpty();
        assertThat(ProjectFilter.fromParameters(Map.of())).isEqualTo(ProjectFilter.NONE);
    }

    @Test
    void aMilestoneYearIsReadFromTheAddressAndAMalformedYearIsNamed() {
        Map<String, List<String>> asked = Map.of("started", List.of("2026"), "invested", List.of("26"));

        ProjectFilter read = ProjectFilter.fromParameters(asked);

        assertThat(read).isEqualTo(ProjectFilter.NONE.withStarted(2026));
        assertThat(ProjectFilter.notUnderstood(asked)).containsExactly("invested=26");
    }

    @Test
    void valuesThatDoNotParseAreLeftOutAndNamed() {
        Map<String, List<String>> asked = Map.of(
                "status", List.of("delayed", "LATE"),
                "sector", List.of("BIO-MED"),
                "min", List.of("abc"),
                "colour", List.of("red"));

        ProjectFilter read = ProjectFilter.fromParameters(asked);

        assertThat(read).isEqualTo(ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED)));
        assertThat(ProjectFilter.notUnderstood(asked))
                .containsExactlyInAnyOrder("status=LATE", "sector=BIO-MED", "min=abc", "colour=red");
    }
}
