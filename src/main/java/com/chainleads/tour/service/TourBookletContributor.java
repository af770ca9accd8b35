package com.chainleads.tour.service;

import java.util.List;
import java.util.Locale;

/**
 * Adds sections to each project's page of a tour's booklet, without the tour feature depending on the feature that
 * knows them (as {@code LeadTabContributor} does for the lead page). Implementations are Spring beans, asked in
 * their {@code @Order}, inside the booklet's read-only transaction as the signed-in leader.
 */
public interface TourBookletContributor {

    List<BookletSection> sectionsFor(long leadId, Locale locale);
}
