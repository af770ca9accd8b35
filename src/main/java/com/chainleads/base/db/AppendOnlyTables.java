package com.chainleads.base.db;

import com.chainleads.Application;
import com.chainleads.base.domain.AppendOnly;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The tables of {@link AppendOnly} entities (the lead change log) are append-only for the application: every
 * SQL statement Hibernate is about to send passes here, and an UPDATE or DELETE of such a table is refused —
 * whether it comes from removing an entity, a JPQL bulk query or a native query through JPA. (Hibernate by
 * itself silently skips changes to a loaded immutable entity but would delete one.) Protection against people
 * with direct database access is a matter of database grants, see the README.
 */
@Component
class AppendOnlyTables implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(AppendOnlyTables.class);

    private final Set<String> tables;

    AppendOnlyTables() {
        this(appendOnlyEntityTables());
    }

    AppendOnlyTables(Set<String> tables) {
        this.tables = Set.copyOf(tables);
    }

    @Override
    public void customize(java.util.Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, new Inspector(tables));
        log.debug("Append-only tables: {}", tables);
    }

    Set<String> tables() {
        return tables;
    }

    static Set<String> appendOnlyEntityTables() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(AppendOnly.class));
        Set<String> tables = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(Application.class.getPackageName())) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                Table table = type.getAnnotation(Table.class);
                if (type.isAnnotationPresent(Entity.class)
                        && table != null
                        && !table.name().isBlank()) {
                    tables.add(table.name().toLowerCase(Locale.ROOT));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }

    /** Refuses UPDATE and DELETE statements that name an append-only table. */
    static final class Inspector implements StatementInspector {

        private final Pattern changing;

        Inspector(Set<String> tables) {
            String names = tables.stream().map(Pattern::quote).collect(Collectors.joining("|"));
            this.changing = tables.isEmpty()
                    ? null
                    : Pattern.compile(
                            "^\\s*(?:/\\*.*?\\*/\\s*)?(?:update|delete)\\b.*?[\\s.`\"](?:" + names + ")[\\s`\"]",
                            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        }

        @Override
        public String inspect(String sql) {
            if (changing != null && changing.matcher(sql + " ").find()) {
                throw new AppendOnlyViolation(sql);
            }
            return sql;
        }
    }

    /** An attempt to change or delete rows of an append-only table. */
    static final class AppendOnlyViolation extends IllegalStateException {
        AppendOnlyViolation(String sql) {
            super("Refused: the table is append-only (" + sql.strip().split("\\s+where\\s+|\\s+WHERE\\s+")[0] + ")");
        }
    }
}
