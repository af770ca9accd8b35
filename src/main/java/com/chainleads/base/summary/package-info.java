/**
 * What every read model of counts shares: the changes one transaction makes to its rows, added up per row and
 * written in a fixed order as upserts ({@link com.chainleads.base.summary.RowDeltas}), kept per session until just
 * before the transaction commits ({@link com.chainleads.base.summary.PendingWrites}).
 */
@NullMarked
package com.chainleads.base.summary;

import org.jspecify.annotations.NullMarked;
