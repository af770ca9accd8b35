package com.chainleads.tour.service;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the project picker: text (project, investor, number), one sector, only 1亿 and more, only projects
 * that started building this year (their 开工 milestone reached this calendar year).
 */
public record TourPick(@Nullable String text, @Nullable String sectorCode, boolean atLeastOneYi, boolean started) {}
