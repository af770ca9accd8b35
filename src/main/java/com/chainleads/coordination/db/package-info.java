/** Liquibase changes of the coordination feature: the demo's issues. */
@NullMarked
package com.chainleads.coordination.db;

import org.jspecify.annotations.NullMarked;
