/** Liquibase changes of the construction feature: the demo plans, figures and evidence rows. */
@NullMarked
package com.chainleads.construction.db;

import org.jspecify.annotations.NullMarked;
