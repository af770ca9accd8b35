package com.chainleads.base.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity's table only ever gains rows (an audit trail): the application refuses any UPDATE or DELETE of it,
 * whatever the path — see {@code base.db.AppendOnlyTables}. Goes with Hibernate's {@code @Immutable}, which makes
 * Hibernate skip changes to loaded entities.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AppendOnly {}
