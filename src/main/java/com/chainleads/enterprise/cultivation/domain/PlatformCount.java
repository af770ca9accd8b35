package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.enterprise.domain.PlatformLevel;

/** How many platforms of one level an enterprise runs (a grouped query's row). */
public record PlatformCount(long enterpriseId, PlatformLevel level, long platforms) {}
