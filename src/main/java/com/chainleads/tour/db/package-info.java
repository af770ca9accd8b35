/** Liquibase changes of the tour feature: the demo's tours. */
@NullMarked
package com.chainleads.tour.db;

import org.jspecify.annotations.NullMarked;
