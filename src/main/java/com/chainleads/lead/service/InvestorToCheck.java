package com.chainleads.lead.service;

import org.jspecify.annotations.Nullable;

/**
 * An investor as a row of an import gives it, to be checked for 撞单 together with the other rows of its window
 * ({@link InvestorConflictCheck#claimsRequired}).
 *
 * @param investorName the investor's name as entered
 * @param creditCode   the credit code as entered; blank or invalid codes are ignored
 * @param unitId       the unit the lead will belong to
 */
public record InvestorToCheck(String investorName, @Nullable String creditCode, long unitId) {}
