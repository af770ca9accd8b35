package com.chainleads.enterprise.domain;

/** A count per enterprise (a grouped query's row). */
public record EnterpriseCount(long enterpriseId, long count) {}
