/**
 * The lead register's summary tables: counts and sums per sector, unit, stage, chain link, officer and calendar
 * bucket, kept in step with every lead change in the same transaction, so the cockpit's and the industry map's
 * figures read a few hundred rows however many leads there are. {@link com.chainleads.lead.summary.LeadFacts}
 * says what one lead contributes; {@link com.chainleads.lead.summary.LeadSummaryListener} collects the changes of
 * a transaction and {@link com.chainleads.lead.summary.SummaryWriter} applies them before it commits;
 * {@link com.chainleads.lead.summary.LeadSummaries} rebuilds and checks them; {@link
 * com.chainleads.lead.summary.SummaryQueries} reads them.
 */
@NullMarked
package com.chainleads.lead.summary;

import org.jspecify.annotations.NullMarked;
