package com.chainleads.security;

import com.chainleads.security.domain.AppUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Spring Data auditing: rows record who created and last changed them, and when, from the injected Clock. */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingTime")
class AuditingConfig {

    @Bean
    AuditorAware<AppUser> currentAuditor(CurrentUser currentUser, EntityManager entityManager) {
        return () -> currentUser.get().map(user -> entityManager.getReference(AppUser.class, user.userId()));
    }

    /**
     * Whole seconds: what every database here stores (mysql-connector-j drops fractions on MariaDB, which reports
     * itself as MySQL 5.5), so the entity, the table and the search index hold the same instant and sort alike.
     */
    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
