package com.chainleads.enterprise.cultivation.service;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At every start, after Liquibase: the standings are checked against the enterprise table and rebuilt when the counts
 * differ (a fresh database, demo data loaded by Liquibase, rows written outside the portal).
 * {@code chainleads.standings.check-at-start=false} skips the check.
 */
@Component
class StandingsStartupCheck implements SmartInitializingSingleton {

    private final Standings standings;
    private final Environment environment;

    StandingsStartupCheck(Standings standings, Environment environment) {
        this.standings = standings;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.getProperty("chainleads.standings.check-at-start", Boolean.class, true)) {
            standings.checkAndRepair();
        }
    }
}
