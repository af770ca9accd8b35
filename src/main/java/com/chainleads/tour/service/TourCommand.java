package com.chainleads.tour.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A tour's name and day, as typed. */
public record TourCommand(@Nullable String name, @Nullable LocalDate tourDate) {}
