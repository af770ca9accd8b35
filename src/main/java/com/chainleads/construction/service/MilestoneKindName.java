package com.chainleads.construction.service;

/** A milestone kind's names, for lists that show the next milestone of each project. */
public record MilestoneKindName(long id, String nameZh, String nameEn) {}
