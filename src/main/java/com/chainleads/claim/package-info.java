/**
 * The rules of practice (docs/DOMAIN.md): 撞单 — two units chasing the same investor — and the response clocks' reminders.
 * <ul>
 * <li>Detection: {@link com.chainleads.claim.domain.InvestorNameNormalizer} and
 * {@link com.chainleads.claim.domain.InvestorNameMatcher} decide whether two investor names denote the same
 * enterprise; {@link com.chainleads.claim.service.InvestorConflictFinder} finds the candidates of all units
 * through the name keys stored beside each lead and answers the lead register with masked hints.</li>
 * <li>Claims and rulings: {@link com.chainleads.claim.service.ClaimService}, with the first-report rule
 * ({@link com.chainleads.claim.domain.FirstReportProtection}); the leaders' queue in {@code ui}.</li>
 * <li>Reminders: {@link com.chainleads.claim.service.ResponseClockReminders}.</li>
 * </ul>
 * The lead register does not know this feature: it offers an SPI and events (lead.service) and a tab slot on the
 * lead's page (lead.ui), which this feature fills.
 */
@NullMarked
package com.chainleads.claim;

import org.jspecify.annotations.NullMarked;
