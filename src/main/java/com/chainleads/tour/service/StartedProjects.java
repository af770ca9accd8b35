package com.chainleads.tour.service;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The port through which the picker asks for the projects that started building in a year (their 开工 milestone
 * reached then), answered by the project list's queries; the tour feature does not depend on them, as the
 * construction feature contributes to the booklet through {@link TourBookletContributor}.
 */
public interface StartedProjects {

    /** Lead ids of the visible signed projects started in {@code year}, largest investment first, at most {@code limit}. */
    List<Long> startedIn(int year, @Nullable String text, Set<String> sectorCodes, boolean atLeastOneYi, int limit);
}
