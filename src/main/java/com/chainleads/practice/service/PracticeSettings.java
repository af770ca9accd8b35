package com.chainleads.practice.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the rules of practice, from {@code chainleads.practice.*}: the first-report protection window,
 * the response clocks, and when the daily reminders go out ({@code reminder-cron}, read by the job itself).
 *
 * @param protectionDays       days a first report protects its investor (day 0 is the report's day)
 * @param staleDays            days without follow-up after which an active lead is stale (预警)
 * @param overdueDays          days without follow-up after which it is overdue (超期) and loses its protection
 * @param screeningWorkingDays working days within which a new lead is screened (研判)
 */
@ConfigurationProperties("chainleads.practice")
public record PracticeSettings(@DefaultValue("90") int protectionDays, @DefaultValue("30") int staleDays,
        @DefaultValue("60") int overdueDays, @DefaultValue("3") int screeningWorkingDays) {
}
