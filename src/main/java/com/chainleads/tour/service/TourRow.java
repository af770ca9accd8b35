package com.chainleads.tour.service;

import java.time.LocalDate;

/** A tour in the list of tours. */
public record TourRow(long id, String name, LocalDate tourDate, long stops, long members) {}
