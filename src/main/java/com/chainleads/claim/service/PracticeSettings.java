package com.chainleads.claim.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the rules of practice, from {@code chainleads.practice.*}. The response clocks (stale, overdue,
 * screening days, holidays) are the lead register's, {@code chainleads.clocks.*}; when the daily reminders go out
 * is {@code chainleads.practice.reminder-cron}, read by the job itself.
 *
 * @param protectionDays days a first report protects its investor (day 0 is the report's day)
 */
@ConfigurationProperties("chainleads.practice")
public record PracticeSettings(@DefaultValue("90") int protectionDays) {}
