package com.chainleads.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Tries one plain connection before the pool, Liquibase and Hibernate start, so a missing or unreachable
 * database stops start-up with one clear line naming the URL instead of a wall of stack traces.
 */
@Component
class DatabaseStartupCheck implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            check(dataSource);
        }
        return bean;
    }

    private static void check(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        Properties properties = new Properties();
        if (dataSource.getUsername() != null) {
            properties.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        properties.setProperty("connectTimeout", "5000");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            log.debug("Database reachable at {}", url);
        } catch (SQLException e) {
            String reason = rootMessage(e);
            log.error("Database unreachable at {}: {}", url, reason);
            throw new DatabaseUnreachableException(url, reason);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = String.valueOf(error.getMessage()).lines().findFirst().orElse("");
        return root == error ? first : first + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
