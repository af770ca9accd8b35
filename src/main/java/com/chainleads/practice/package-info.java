/**
 * The rules of practice (docs/DOMAIN.md): 撞单 — two units chasing the same investor — and the response clocks' reminders.
 * <ul>
 * <li>Detection: {@link com.chainleads.practice.domain.InvestorNameNormalizer} and
 * {@link com.chainleads.practice.domain.InvestorNameMatcher} decide whether two investor names denote the same
 * enterprise; {@link com.chainleads.practice.service.InvestorConflictFinder} finds the candidates of all units
 * through the name keys stored beside each lead and answers the lead register with masked hints.</li>
 * <li>Claims and rulings: {@link com.chainleads.practice.service.ClaimService}, with the first-report rule
 * ({@link com.chainleads.practice.domain.FirstReportProtection}); the leaders' queue in {@code ui}.</li>
 * <li>Reminders: {@link com.chainleads.practice.service.ResponseClockReminders}.</li>
 * </ul>
 * The lead register does not know this feature: it offers an SPI and events (lead.service) and a tab slot on the
 * lead's page (lead.ui), which this feature fills.
 */
@NullMarked
package com.chainleads.practice;

import org.jspecify.annotations.NullMarked;
