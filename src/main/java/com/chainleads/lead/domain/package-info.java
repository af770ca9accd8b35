/**
 * The lead register's entities and repositories: the lead (招商线索) with its follow-ups, stage changes, handovers,
 * comments and change log, the stages and the value lists, and the table queries of the read model.
 */
@NullMarked
package com.chainleads.lead.domain;

import org.jspecify.annotations.NullMarked;
