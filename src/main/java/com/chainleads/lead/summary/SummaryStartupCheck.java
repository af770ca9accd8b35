package com.chainleads.lead.summary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At every start, after Liquibase and before the web server takes requests: the summaries are checked against
 * the lead table and rebuilt when they differ ({@link LeadSummaries#checkAndRepair()}). Started with
 * {@code --chainleads.repair=summaries}, the portal rebuilds them unconditionally instead (and the application
 * then exits, see {@code Application}). {@code chainleads.summaries.check-at-start=false} skips the check.
 */
@Component
class SummaryStartupCheck implements SmartInitializingSingleton {

    /** The value of {@code chainleads.repair} that rebuilds the summaries. */
    public static final String REPAIR_SUMMARIES = "summaries";
    /** The value that rebuilds the search index (lead/search), and the one that rebuilds both. */
    public static final String REPAIR_INDEX = "index";

    public static final String REPAIR_ALL = "all";

    private static final Logger log = LoggerFactory.getLogger(SummaryStartupCheck.class);

    private final LeadSummaries summaries;
    private final Environment environment;

    SummaryStartupCheck(LeadSummaries summaries, Environment environment) {
        this.summaries = summaries;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String repair = environment.getProperty("chainleads.repair", "").strip();
        if (!repair.isEmpty()
                && !java.util.Set.of(REPAIR_SUMMARIES, REPAIR_INDEX, REPAIR_ALL).contains(repair)) {
            throw new IllegalArgumentException("Unknown repair '" + repair + "'; known: " + REPAIR_SUMMARIES + ", "
                    + REPAIR_INDEX + ", " + REPAIR_ALL);
        }
        if (repair.equals(REPAIR_SUMMARIES) || repair.equals(REPAIR_ALL)) {
            log.info("Repair requested: rebuilding the lead summaries from the lead table");
            summaries.rebuild();
            return;
        }
        if (environment.getProperty("chainleads.summaries.check-at-start", Boolean.class, true)) {
            summaries.checkAndRepair();
        }
    }
}
