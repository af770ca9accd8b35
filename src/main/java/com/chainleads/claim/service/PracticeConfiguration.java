package com.chainleads.claim.service;

import com.chainleads.claim.domain.FirstReportProtection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The rules of practice as beans, from the settings; scheduling for the daily reminders. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PracticeSettings.class)
class PracticeConfiguration {

    @Bean
    FirstReportProtection firstReportProtection(PracticeSettings settings) {
        return new FirstReportProtection(settings.protectionDays());
    }
}
