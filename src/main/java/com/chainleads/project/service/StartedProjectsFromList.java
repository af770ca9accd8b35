package com.chainleads.project.service;

import com.chainleads.tour.service.StartedProjects;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The tour picker's "started this year": the /projects list filtered by {@code started=<year>}, the same count. */
@Component
class StartedProjectsFromList implements StartedProjects {

    private final ProjectQueries projects;

    StartedProjectsFromList(ProjectQueries projects) {
        this.projects = projects;
    }

    @Override
    public List<Long> startedIn(
            int year, @Nullable String text, Set<String> sectorCodes, boolean atLeastOneYi, int limit) {
        ProjectFilter filter = ProjectFilter.NONE
                .withText(text)
                .withSectors(sectorCodes)
                .withAtLeastOneYi(atLeastOneYi)
                .withStarted(year);
        return projects.page(filter, PageRequest.of(0, limit)).stream()
                .map(ProjectRow::leadId)
                .toList();
    }
}
