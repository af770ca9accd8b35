package com.chainleads.practice.db;

import com.chainleads.claim.domain.InvestorKey;
import com.chainleads.claim.domain.InvestorNameNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase change (run at every start) that computes the investor-name keys of the leads that have none, or keys
 * of another {@link InvestorNameNormalizer#VERSION}: the demo leads, leads written by SQL, all leads after the
 * normaliser's rules changed. The application keeps the keys of the leads it saves itself.
 */
public class InvestorNameKeysChange implements CustomTaskChange {

    private static final int BATCH = 500;
    private int updated;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            updated = refresh(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("Could not compute the investor-name keys", e);
        }
    }

    /** Recomputes the stale keys; returns how many leads got new ones. */
    public static int refresh(Connection connection) throws SQLException {
        record Stale(long id, String name) {}
        List<Stale> stale = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, investor_name from investment_lead "
                + "where investor_name_version is null or investor_name_version <> ?")) {
            select.setInt(1, InvestorNameNormalizer.VERSION);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stale.add(new Stale(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update investment_lead set investor_name_key = ?, "
                + "investor_brand = ?, investor_name_version = ? where id = ?")) {
            int pending = 0;
            for (Stale lead : stale) {
                InvestorKey key = InvestorKey.of(lead.name());
                update.setString(1, key.nameKey());
                update.setString(2, key.brand());
                update.setInt(3, key.version());
                update.setLong(4, lead.id());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        return stale.size();
    }

    @Override
    public String getConfirmationMessage() {
        return "Investor-name keys computed for " + updated + " leads";
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
