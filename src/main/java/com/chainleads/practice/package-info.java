/**
 * The rules of practice: 撞单 detection (two officers chasing the same investor), response clocks and the
 * reminders they send. {@link com.chainleads.practice.domain.InvestorNameNormalizer} and
 * {@link com.chainleads.practice.domain.InvestorNameMatcher} decide whether two investor names denote the same
 * enterprise.
 */
@NullMarked
package com.chainleads.practice;

import org.jspecify.annotations.NullMarked;
