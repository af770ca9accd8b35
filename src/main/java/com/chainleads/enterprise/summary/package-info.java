/**
 * The enterprise library's read models: figures kept in step with the library's writes, so that no look at the
 * ladder or the cockpit counts the library's tables.
 */
@NullMarked
package com.chainleads.enterprise.summary;

import org.jspecify.annotations.NullMarked;
