package com.chainleads.construction.service;

import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.construction.evidence.EvidenceStore;
import com.chainleads.construction.evidence.LocalFolderEvidenceStore;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The status clock and the evidence store from the settings; another {@link EvidenceStore} bean replaces the folder. */
@Configuration
@EnableConfigurationProperties(ConstructionSettings.class)
class ConstructionConfiguration {

    @Bean
    ScheduleClock scheduleClock(ConstructionSettings settings) {
        return new ScheduleClock(settings.severeDelayDays());
    }

    @Bean
    @ConditionalOnMissingBean(EvidenceStore.class)
    EvidenceStore evidenceStore(ConstructionSettings settings) {
        return new LocalFolderEvidenceStore(Path.of(settings.evidenceDir()));
    }
}
