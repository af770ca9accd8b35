package com.chainleads.lead.demo;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase change (context {@code demo} only) that fills the register with plausible leads dated relative to
 * the day the demo database is created, so the pipeline, the clocks and the charts look alive.
 */
public class DemoLeadsChange implements CustomTaskChange {

    private int count = 300;
    private long seed = 20261129L;

    public void setCount(String count) {
        this.count = Integer.parseInt(count);
    }

    public void setSeed(String seed) {
        this.seed = Long.parseLong(seed);
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            DemoLeadGenerator generator = new DemoLeadGenerator(
                    seed,
                    LocalDate.now(zone),
                    zone,
                    DemoLeadGenerator.sectorsFrom(DemoLeadWriter.readSectors(connection)),
                    DemoLeadWriter.readOfficers(connection),
                    DemoLeadWriter.readLeaders(connection));
            DemoLeadWriter writer = new DemoLeadWriter(connection, 100);
            writer.write(generator.generate(count), writer.maxLeadId() + 1);
            writer.updateCounters(generator.nextNumbers());
        } catch (Exception e) {
            throw new CustomChangeException("Could not generate the demo leads", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return count + " demo leads generated";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
