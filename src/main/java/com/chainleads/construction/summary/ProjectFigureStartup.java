package com.chainleads.construction.summary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At every start, after Liquibase and before the web server takes requests: the project figures are checked
 * against the source tables and rebuilt when they differ (the demo data and the benchmark's generator write by
 * SQL). Started with {@code --chainleads.repair=summaries} (or {@code all}), they are rebuilt unconditionally, with
 * the lead summaries. {@code chainleads.summaries.check-at-start=false} skips the check.
 */
@Component
class ProjectFigureStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProjectFigureStartup.class);

    private final ProjectFigures figures;
    private final Environment environment;

    ProjectFigureStartup(ProjectFigures figures, Environment environment) {
        this.figures = figures;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String repair = environment.getProperty("chainleads.repair", "").strip();
        if (repair.equals("summaries") || repair.equals("all")) {
            log.info("Repair requested: rebuilding the project figures from the source tables");
            figures.rebuild();
            return;
        }
        if (environment.getProperty("chainleads.summaries.check-at-start", Boolean.class, true)) {
            figures.checkAndRepair();
        }
    }
}
